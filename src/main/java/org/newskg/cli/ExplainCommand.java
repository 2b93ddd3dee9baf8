package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "explain", mixinStandardHelpOptions = true, description = "(not yet written)")
final class ExplainCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("explain is not written yet");
  }
}
