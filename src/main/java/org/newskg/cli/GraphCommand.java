package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "graph", mixinStandardHelpOptions = true, description = "(not yet written)")
final class GraphCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("graph is not written yet");
  }
}
