package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "bench", mixinStandardHelpOptions = true, description = "(not yet written)")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("bench is not written yet");
  }
}
