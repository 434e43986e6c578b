/** The ./wsis command line: extract, build, serve, query. */
package org.wsiskg.cli;
