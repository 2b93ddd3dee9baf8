package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "query", mixinStandardHelpOptions = true, description = "(not yet written)")
final class QueryCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("query is not written yet");
  }
}
