package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newskg.store.Home;
import picocli.CommandLine.Option;

/** The --rules option shared by every command that extracts: build, eval, explain, bench. */
final class RulesOption {
  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "Rules folder (default: $NEWSKG_HOME/rules when NEWSKG_HOME is set, else ./rules).")
  Path rules;

  /** The rules folder to load; a given folder must exist (one-line error, exit 2). */
  Path dir() {
    if (rules != null) {
      if (!Files.isDirectory(rules)) {
        throw new UserError(rules + ": no such rules folder", 2);
      }
      return rules;
    }
    Path home = Home.dir();
    Path dir = home != null && Files.isDirectory(home.resolve("rules")) ? home.resolve("rules") : Path.of("rules");
    if (!Files.isDirectory(dir)) {
      throw new UserError("no rules folder: give --rules DIR, or run from the newskg folder", 2);
    }
    return dir;
  }
}
