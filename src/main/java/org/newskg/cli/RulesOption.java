package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the rules are when --rules is not given: ./rules, else the rules/ beside the launcher. */
final class RulesOption {
  private RulesOption() {}

  static Path resolve(Path given) {
    if (given != null) {
      if (!Files.isDirectory(given)) {
        throw new UserError("rules folder not found: " + given, 2);
      }
      return given;
    }
    Path local = Path.of("rules");
    if (Files.isDirectory(local.resolve("gazetteer")) || Files.exists(local.resolve("lexicon.tsv"))) {
      return local;
    }
    String home = System.getenv("NEWSKG_HOME");
    if (home != null && Files.isDirectory(Path.of(home, "rules"))) {
      return Path.of(home, "rules");
    }
    throw new UserError("no rules folder: give --rules DIR, or run from the newskg folder", 2);
  }
}
