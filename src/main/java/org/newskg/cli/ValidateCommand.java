package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(not yet written)")
final class ValidateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("validate is not written yet");
  }
}
