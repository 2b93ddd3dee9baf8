package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "eval", mixinStandardHelpOptions = true, description = "(not yet written)")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("eval is not written yet");
  }
}
