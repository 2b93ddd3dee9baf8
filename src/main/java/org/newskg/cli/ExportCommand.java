package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;
import org.newskg.store.ExportFormat;
import org.newskg.store.Exporter;
import org.newskg.store.Home;
import org.newskg.store.Store;
import org.newskg.store.StoreException;
import org.newskg.store.WriterOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes the knowledge graph in a standard RDF format. turtle, jsonld and rdfxml merge all"
          + " article graphs into one graph; trig and nquads keep one named graph per article.",
      "The output is deterministic: the same articles give the same bytes, whatever the"
          + " store's history."
    },
    footer = {
      "",
      "Formats: turtle (merged, for viewers that take one file), trig and nquads (one named"
          + " graph per article), jsonld (merged, with an @context: reads as plain JSON), rdfxml"
          + " (merged, for Protégé).",
      "",
      "Examples:",
      "  newskg export > kg.ttl",
      "  newskg export --format trig --output kg.trig",
      "  newskg export --format rdfxml --ontology --output kg.rdf   # open in Protégé"
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "turtle",
      description = "turtle, trig, nquads, jsonld, rdfxml (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE (replaced in one step when complete) instead of standard output.")
  Path output;

  @Option(
      names = "--ontology",
      description =
          "Include the ontology (ontology/newskg.ttl, looked up in . then $NEWSKG_HOME); "
              + "in trig and nquads as the graph <https://w3id.org/newskg/ontology>.")
  boolean ontology;

  @Override
  public Integer call() {
    ExportFormat fmt;
    try {
      fmt = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    Graph onto = ontology ? ontology() : null;
    if (output != null) {
      Path parent = output.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        throw new UserError("cannot write " + output + ": no folder " + parent, 2);
      }
      if (Files.isDirectory(output)) {
        throw new UserError("cannot write " + output + ": it is a folder", 2);
      }
    }
    try (Store store = Store.openExisting(db.db())) {
      if (output != null) {
        Exporter.exportToFile(store.dataset(), fmt, onto, output);
      } else {
        PrintWriter out = spec.commandLine().getOut();
        try (WriterOutputStream sink = new WriterOutputStream(out)) {
          Exporter.export(store.dataset(), fmt, onto, sink);
        }
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    } catch (StoreException e) {
      throw new UserError(e.getMessage(), e.busy() ? 1 : 2);
    } catch (UncheckedIOException e) {
      throw new UserError("cannot write " + output + ": " + e.getCause().getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  private static Graph ontology() {
    Path file = Home.find("ontology/newskg.ttl");
    if (file == null) {
      throw new UserError("--ontology: no ontology/newskg.ttl here or under $NEWSKG_HOME", 2);
    }
    try {
      return Exporter.readOntology(file);
    } catch (RiotException e) {
      throw new UserError(file + ": " + e.getMessage());
    }
  }
}
