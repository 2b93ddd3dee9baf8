package org.newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// PLACEHOLDER: being written; replaced by the real command.
@Command(name = "serve", mixinStandardHelpOptions = true, description = "(not yet written)")
final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("serve is not written yet");
  }
}
