package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.serve.Stores;
import org.newskg.store.Store;
import org.newskg.store.StoreException;
import org.newskg.validate.GraphValidator;
import org.newskg.validate.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks every article graph in the store against the SHACL shapes. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks every article graph in the store against the SHACL shapes of"
          + " ontology/shapes.ttl: every attribution has exactly one attributor, strike,"
          + " perpetrator, stance, certainty and evidence sentence; every statement a speaker"
          + " and a text; every strike a kind and its article; actors, strikes, locations,"
          + " articles and rules have labels; every reference lands on a node of the right"
          + " type in the same article graph.",
      "Prints one line per violation (article, node with its label, property, what is wrong"
          + " and what was found), then a count.",
      "Exit 0 when the store conforms, 1 when there are violations or the store is in use by"
          + " another process, 2 for bad arguments, a missing or broken store, or unreadable shapes."
    },
    footer = {
      "",
      "Examples:",
      "  newskg validate                       # newskg-db/ against ontology/shapes.ttl",
      "  newskg validate --db /tmp/kg",
      "  newskg validate --shapes my-shapes.ttl",
      "",
      "A violation line looks like:",
      "  a.txt: article:a.txt/attribution-1 nkg:perpetrator: an attribution needs",
      "    exactly one perpetrator, an actor of its article (found none)"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(
      names = "--shapes",
      paramLabel = "FILE",
      description =
          "SHACL shapes in Turtle (default: " + GraphValidator.SHAPES
              + " in the working directory, else under $NEWSKG_HOME).")
  Path shapes;

  @Override
  public Integer call() {
    GraphValidator validator;
    try {
      validator = shapes == null ? GraphValidator.standard() : GraphValidator.load(shapes);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    Report report;
    try (Store store = Store.openExisting(db.db())) {
      report = validator.validate(store.dataset());
    } catch (StoreException e) {
      throw new UserError(Stores.message(e, db.db()), Stores.exitCode(e));
    }
    PrintWriter out = spec.commandLine().getOut();
    report.print(out);
    out.flush();
    return report.conforms() ? 0 : 1;
  }
}
