package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root command: does nothing itself, dispatches to the subcommands. */
@Command(
    name = "newskg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Turns news articles about strikes into an RDF knowledge graph with hand-written rules,",
      "and answers \"who attributed which strike to whom\" with SPARQL."
    },
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
    return cl;
  }
}
