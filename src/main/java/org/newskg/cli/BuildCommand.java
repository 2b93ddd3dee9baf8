package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "build", mixinStandardHelpOptions = true, description = "(not yet written)")
final class BuildCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("build is not written yet");
  }
}
