package org.newskg.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.graph.Namespaces;

/**
 * SPARQL over the union of the article graphs, for the store on disk and for in-memory datasets
 * alike. Queries may use the project's prefixes (nkg:, rdfs:, prov: ...) without declaring them.
 */
public final class Sparql {
  private Sparql() {}

  private static final Pattern WHERE = Pattern.compile("[Ll]ine (\\d+), column (\\d+)");
  private static final Pattern UPDATE =
      Pattern.compile(
          "\\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" (.+?) \"(.*?) \"\"");

  /**
   * Parses with the project's prefixes predeclared; a syntax error names the source, line and
   * column.
   */
  public static Query parse(QuerySource source) {
    Query q = new Query();
    q.setPrefixMapping(Namespaces.mapping());
    try {
      QueryFactory.parse(q, source.text(), null, Syntax.syntaxARQ);
      return q;
    } catch (QueryParseException e) {
      throw syntaxError(source, e);
    }
  }

  private static SparqlSyntaxError syntaxError(QuerySource source, QueryParseException e) {
    String msg =
        e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
    int line = e.getLine();
    int column = e.getColumn();
    Matcher m = WHERE.matcher(msg);
    if (m.find()) {
      // The message's position points at the offending token; getColumn() sometimes does not.
      line = Integer.parseInt(m.group(1));
      column = Integer.parseInt(m.group(2));
    }
    Matcher enc = ENCOUNTERED.matcher(msg);
    String what;
    if (enc.find() && UPDATE.matcher(enc.group(2)).lookingAt()) {
      what =
          "'"
              + enc.group(2).strip()
              + "' is a SPARQL update; the store is written only by 'newskg build'";
    } else if (enc.find(0)) {
      what = "unexpected '" + enc.group(2).strip() + "'";
    } else {
      what =
          WHERE
              .matcher(msg)
              .replaceAll("")
              .replaceAll("^[\\s,:.]+|\\s*(at)?[\\s,:.]*$", "")
              .replaceAll("\\s+at\\s*\\.\\s*", ": ")
              .replaceAll("\\s{2,}", " ");
    }
    String where = line > 0 ? "line " + line + ", column " + column + ": " : "";
    return new SparqlSyntaxError(source.name() + ": " + where + what, line, column);
  }

  /**
   * A query execution over {@code dataset} whose default graph is the union of its named graphs.
   * Run it inside a read transaction on {@code dataset}.
   */
  public static QueryExec exec(DatasetGraph dataset, Query query) {
    if (TDBInternal.isTDB2(dataset)) {
      return QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build();
    }
    return QueryExec.dataset(unionView(dataset)).query(query).build();
  }

  /** For builder tweaks (timeouts, substitutions) on the same union-default-graph execution. */
  public static QueryExecBuilder builder(DatasetGraph dataset, Query query) {
    if (TDBInternal.isTDB2(dataset)) {
      return QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true);
    }
    return QueryExec.dataset(unionView(dataset)).query(query);
  }

  /**
   * A view of a dataset whose default graph is the union of its named graphs, the named graphs
   * still addressable with GRAPH. Nothing is copied.
   */
  public static DatasetGraph unionView(DatasetGraph dataset) {
    DatasetGraph view = DatasetGraphFactory.create(dataset.getUnionGraph());
    dataset.listGraphNodes().forEachRemaining(g -> view.addGraph(g, dataset.getGraph(g)));
    return view;
  }

  /**
   * Runs {@code query} in a read transaction and prints its result: SELECT in {@code format}, ASK
   * as true/false (or the W3C boolean form in csv/tsv/json), CONSTRUCT and DESCRIBE as Turtle.
   */
  public static void run(DatasetGraph dataset, Query query, ResultFormat format, OutputStream out) {
    PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExec exec = exec(dataset, query)) {
            if (query.isSelectType()) {
              RowSet rows = exec.select();
              if (format == ResultFormat.TABLE) {
                TableWriter.write(rows, query.getPrefixMapping(), print);
              } else {
                Lang lang = lang(format);
                RowSetWriterRegistry.getFactory(lang)
                    .create(lang)
                    .write(print, rows, Context.emptyContext());
              }
            } else if (query.isAskType()) {
              boolean answer = exec.ask();
              if (format == ResultFormat.TABLE) {
                print.println(answer);
              } else {
                Lang lang = lang(format);
                RowSetWriterRegistry.getFactory(lang)
                    .create(lang)
                    .write(print, answer, Context.emptyContext());
              }
            } else {
              Graph g = query.isConstructType() ? exec.construct() : exec.describe();
              Exporter.writeTurtle(g, query.getPrefixMapping(), print);
            }
          }
        });
    print.flush();
  }

  private static Lang lang(ResultFormat format) {
    return switch (format) {
      case CSV -> ResultSetLang.RS_CSV;
      case TSV -> ResultSetLang.RS_TSV;
      case JSON -> ResultSetLang.RS_JSON;
      case TABLE -> ResultSetLang.RS_Text;
    };
  }
}
