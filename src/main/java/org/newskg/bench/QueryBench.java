package org.newskg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.newskg.store.QuerySource;
import org.newskg.store.Sparql;

/**
 * Query latency over a built store: every canonical query in {@code queries/}, two one-actor
 * queries (the actor with most statements, the question a reader asks most), and a full scan
 * written out as TSV to measure how fast rows stream.
 */
final class QueryBench {
  /** Runs before timing starts: the first runs load TDB2 pages and JIT-compile the engine. */
  static final int WARMUP = 2;

  private static final String BUSIEST_SPEAKER =
      "SELECT ?who (COUNT(?st) AS ?n) WHERE { GRAPH ?g { ?st nkg:speaker ?who } }"
          + " GROUP BY ?who ORDER BY DESC(?n) ?who LIMIT 1";
  private static final String ONE_ACTOR_STATEMENTS =
      "SELECT ?article ?direct ?text WHERE { GRAPH ?g { ?st nkg:speaker <%s> ; nkg:article ?art ;"
          + " nkg:directQuote ?direct ; nkg:text ?text . ?art nkg:fileName ?article } }"
          + " ORDER BY ?article ?st";
  private static final String ONE_ACTOR_BLAMED =
      "SELECT ?article ?attributor ?stance WHERE { GRAPH ?g { ?at nkg:perpetrator <%s> ;"
          + " nkg:attributor/rdfs:label ?attributor ; nkg:stance ?stance ; nkg:article ?art ."
          + " ?art nkg:fileName ?article } } ORDER BY ?article ?at";
  static final String SCAN = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

  private final DatasetGraph dataset;
  private final int runs;

  QueryBench(DatasetGraph dataset, int runs) {
    this.dataset = dataset;
    this.runs = runs;
  }

  /** Every query, canonical ones first (sorted by name), then the bench's own. */
  List<Latency> all(Path queriesDir) throws IOException {
    List<Latency> out = new ArrayList<>();
    for (Path file : rqFiles(queriesDir)) {
      String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
      out.add(time(name, Sparql.parse(new QuerySource(file.toString(), Files.readString(file)))));
    }
    Node actor = busiestSpeaker();
    if (actor != null) {
      out.add(time("one-actor-statements", parse(ONE_ACTOR_STATEMENTS.formatted(actor.getURI()))));
      out.add(time("one-actor-blamed", parse(ONE_ACTOR_BLAMED.formatted(actor.getURI()))));
    }
    out.add(stream("scan-as-tsv", parse(SCAN)));
    return out;
  }

  private static List<Path> rqFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
    }
  }

  private static Query parse(String sparql) {
    return Sparql.parse(new QuerySource("bench query", sparql));
  }

  Node busiestSpeaker() {
    Query q = parse(BUSIEST_SPEAKER);
    return Txn.calculateRead(dataset, () -> {
      try (QueryExec exec = Sparql.exec(dataset, q)) {
        RowSet rows = exec.select();
        return rows.hasNext() ? rows.next().get("who") : null;
      }
    });
  }

  /** Runs {@code query} to the last row, {@link #WARMUP} times untimed and {@code runs} times timed. */
  Latency time(String name, Query query) {
    return repeat(name, () -> Txn.calculateRead(dataset, () -> {
      try (QueryExec exec = Sparql.exec(dataset, query)) {
        if (query.isSelectType()) {
          long n = 0;
          RowSet rows = exec.select();
          while (rows.hasNext()) {
            rows.next();
            n++;
          }
          return n;
        }
        if (query.isAskType()) {
          return exec.ask() ? 1L : 0L;
        }
        return (long) (query.isConstructType() ? exec.construct() : exec.describe()).size();
      }
    }));
  }

  /** Like {@link #time}, but the rows are written as TSV (to nowhere), as {@code query --format tsv} does. */
  Latency stream(String name, Query query) {
    return repeat(name, () -> Txn.calculateRead(dataset, () -> {
      try (QueryExec exec = Sparql.exec(dataset, query)) {
        CountingRows rows = new CountingRows(exec.select());
        RowSetWriterRegistry.getFactory(ResultSetLang.RS_TSV)
            .create(ResultSetLang.RS_TSV)
            .write(OutputStream.nullOutputStream(), rows, Context.emptyContext());
        return rows.count();
      }
    }));
  }

  private interface Run {
    long rows();
  }

  private Latency repeat(String name, Run run) {
    long rows = 0;
    for (int i = 0; i < WARMUP; i++) {
      rows = run.rows();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      long n = run.rows();
      nanos[i] = System.nanoTime() - start;
      if (n != rows) {
        throw new IllegalStateException(name + " gave " + n + " rows, then " + rows + ": the store changed");
      }
    }
    return Latency.of(name, rows, nanos);
  }
}
