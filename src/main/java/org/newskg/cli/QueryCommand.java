package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.newskg.store.QuerySource;
import org.newskg.store.ResultFormat;
import org.newskg.store.Sparql;
import org.newskg.store.SparqlSyntaxError;
import org.newskg.store.Store;
import org.newskg.store.StoreException;
import org.newskg.store.WriterOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Runs a SPARQL query over the union of all article graphs in the store.",
      "QUERY is a .rq file, the name of a query in queries/ (looked up in ./queries, then"
          + " $NEWSKG_HOME/queries), or SPARQL text. The prefixes nkg: rdfs: skos: prov: dcterms:"
          + " geo: owl: xsd: rdf: wd: actor: location: article: rule: graph: may be used without"
          + " declaring them.",
      "SELECT prints a table or a W3C results format, ASK prints true or false, CONSTRUCT and"
          + " DESCRIBE print Turtle. A syntax error is reported with its line and column (exit 2)."
    },
    footer = {
      "",
      "Named queries: attributions, attributions-by-rule, quotes, strikes, actors,"
          + " denials, statements-by-actor.",
      "",
      "Examples:",
      "  newskg query attributions",
      "  newskg query --format csv queries/quotes.rq > quotes.csv",
      "  newskg query 'SELECT ?name { ?a a nkg:Country ; rdfs:label ?name }'",
      "  newskg query 'ASK { ?x nkg:stance nkg:denies }'"
    })
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Result format: table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(
      paramLabel = "QUERY",
      description = "A .rq file, a query name from queries/, or SPARQL text.")
  String query;

  @Override
  public Integer call() {
    ResultFormat fmt = format(format);
    QuerySource source;
    try {
      source = QuerySource.resolve(query);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    Query parsed;
    try {
      parsed = Sparql.parse(source);
    } catch (SparqlSyntaxError e) {
      throw new UserError(e.getMessage(), 2);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = Store.openExisting(db.db());
        WriterOutputStream sink = new WriterOutputStream(out)) {
      Sparql.run(store.dataset(), parsed, fmt, sink);
    } catch (StoreException e) {
      throw new UserError(e.getMessage(), e.busy() ? 1 : 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  static ResultFormat format(String name) {
    try {
      return ResultFormat.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError(
          "unknown format '" + name + "'; valid formats: " + ResultFormat.valid(), 2);
    }
  }
}
