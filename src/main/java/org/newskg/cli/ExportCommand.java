package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "export", mixinStandardHelpOptions = true, description = "(not yet written)")
final class ExportCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("export is not written yet");
  }
}
