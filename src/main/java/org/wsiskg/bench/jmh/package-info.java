/** JMH benchmarks of the normaliser and each extractor on synthetic texts, in MB of text per second on one core. */
package org.wsiskg.bench.jmh;
