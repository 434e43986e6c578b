package org.wsiskg.cli;

import java.io.PrintWriter;
import org.wsiskg.WsisException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wsis} command. Misuse ends with a one-line message on standard error and exit status
 * 2; work that fails ends with status 1; neither prints a stack trace unless {@code WSIS_DEBUG}
 * is set in the environment.
 */
@Command(name = "wsis", mixinStandardHelpOptions = true, version = "wsis-kg 0.1.0",
        description = "A knowledge graph of the UN follow-up to the World Summit on the Information Society.",
        subcommands = {ExtractCommand.class, BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                PublishCommand.class, BenchCommand.class})
public final class WsisCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLogging();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, without exiting. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to {@code out} and {@code err}, and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new WsisCommand()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler(WsisCommand::handle);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("wsis: " + ex.getMessage() + " (see 'wsis " + ex.getCommandLine().getCommandName()
                    + " --help')");
            return WsisException.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (System.getenv("WSIS_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        if (ex instanceof WsisException w) {
            err.println("wsis: " + w.getMessage() + " [" + w.code() + "]");
            return w.exitStatus();
        }
        err.println("wsis: internal error: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                + " (set WSIS_DEBUG=1 for the stack trace) [INTERNAL]");
        return WsisException.FAILURE;
    }

    /** Jena and Jetty log at INFO by default; a command line user wants warnings only. */
    static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
