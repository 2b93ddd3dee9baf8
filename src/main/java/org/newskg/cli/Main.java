package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command: does nothing itself, dispatches to the subcommands. */
@Command(
    name = "newskg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Turns news articles about strikes into an RDF knowledge graph with hand-written rules, and"
            + " answers \"who attributed which strike to whom\" with SPARQL.",
    footer = {"", "Start with: newskg build && newskg query attributions"},
    subcommands = {
      CommandLine.HelpCommand.class,
      BuildCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      ExplainCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      ValidateCommand.class,
      GraphCommand.class,
      SynthCommand.class,
      BenchCommand.class
    })
public final class Main {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it without exiting. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new UserErrorHandler());
    cl.setParameterExceptionHandler(new ParameterErrorHandler());
    // Query results and exports are UTF-8 by their specs whatever the locale: under LANG=C, Java 17
    // would print every non-ASCII character as '?'.
    cl.setOut(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
    return cl;
  }
}
