/** Benchmarks at scale: a synthetic corpus shaped like the real texts, and the measurements of {@code wsis bench}. */
package org.wsiskg.bench;
