package org.wsiskg.cli;

/** Stands in for the jar in {@link LauncherTest}: prints what the launcher handed it, one item a line. */
public final class ArgumentEcho {

    private ArgumentEcho() {
    }

    public static void main(String[] args) {
        System.out.println("home=" + System.getProperty("wsis.home"));
        System.out.println("dir=" + System.getProperty("user.dir"));
        for (String a : args) {
            System.out.println("arg=" + a);
        }
    }
}
