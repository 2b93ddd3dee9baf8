package org.newskg.eval;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newskg.extract.Extractor;
import org.newskg.facts.ArticleFacts;
import org.newskg.input.RawArticle;
import org.newskg.store.BuildReport;
import org.newskg.store.GraphBuilder;
import org.newskg.store.QuerySource;
import org.newskg.store.Sparql;

/**
 * Builds articles into an in-memory dataset with the same {@link GraphBuilder} as {@code build},
 * then runs the same queries that the acceptance check runs ({@code queries/attributions.rq},
 * {@code queries/quotes.rq}), so that eval scores exactly what the check would score. Rule names
 * come from {@code queries/attributions-by-rule.rq} and, for quotes, from a query of our own; they
 * are joined to the canonical rows on all their columns, so they never change which rows are
 * scored.
 */
public final class GraphPredictions {
  static final String ATTRIBUTIONS = "attributions";
  static final String ATTRIBUTIONS_BY_RULE = "attributions-by-rule";
  static final String QUOTES = "quotes";

  // The rule of each direct quote, keyed by the columns of quotes.rq.
  private static final String QUOTE_RULES =
      """
      SELECT ?article ?speaker ?quote ?rule
      WHERE {
        ?statement a nkg:Statement ;
            nkg:directQuote true ;
            nkg:article ?art ;
            nkg:speaker ?who ;
            nkg:text ?quote ;
            nkg:rule ?ruleIri .
        ?art nkg:fileName ?article .
        ?who rdfs:label ?speaker .
        ?ruleIri rdfs:label ?rule .
      }
      """;

  private GraphPredictions() {}

  /**
   * Extracts every article under {@code paths} and returns the canonical query rows.
   *
   * @throws IllegalArgumentException when a canonical query file cannot be found or read
   */
  public static Predictions of(Extractor extractor, List<Path> paths) {
    return of(extractor::extract, paths);
  }

  /** As {@link #of(Extractor, List)} with any extraction function (tests hand-make the facts). */
  public static Predictions of(Function<RawArticle, ArticleFacts> extract, List<Path> paths) {
    DatasetGraph mem = DatasetGraphFactory.createTxnMem();
    BuildReport report =
        new GraphBuilder(extract, GraphBuilder.Progress.NONE, GraphBuilder.DEFAULT_BATCH)
            .build(paths, mem);
    return Txn.calculateRead(mem, () -> predictions(mem, report));
  }

  private static Predictions predictions(DatasetGraph mem, BuildReport report) {
    List<String> attributionColumns =
        List.of(
            "article", "attributor", "strike", "perpetrator", "stance", "certainty", "evidence");
    Map<List<String>, Deque<String>> attributionRules =
        rules(mem, query(ATTRIBUTIONS_BY_RULE, false), attributionColumns);
    List<PredictedAttribution> attributions = new ArrayList<>();
    for (List<String> r : select(mem, query(ATTRIBUTIONS, true), attributionColumns)) {
      attributions.add(
          new PredictedAttribution(
              r.get(0),
              r.get(1),
              r.get(2),
              r.get(3),
              r.get(4),
              r.get(5),
              r.get(6),
              take(attributionRules, r)));
    }
    List<String> quoteColumns = List.of("article", "speaker", "quote");
    Map<List<String>, Deque<String>> quoteRules =
        rules(mem, Sparql.parse(new QuerySource("eval: quote rules", QUOTE_RULES)), quoteColumns);
    List<PredictedQuote> quotes = new ArrayList<>();
    for (List<String> r : select(mem, query(QUOTES, true), quoteColumns)) {
      quotes.add(new PredictedQuote(r.get(0), r.get(1), r.get(2), take(quoteRules, r)));
    }
    return new Predictions(attributions, quotes, report);
  }

  /** A named query from queries/; null when optional and absent. */
  private static Query query(String name, boolean required) {
    try {
      return Sparql.parse(QuerySource.named(name));
    } catch (IllegalArgumentException e) {
      if (required) {
        throw e;
      }
      return null;
    }
  }

  /** Rows of {@code columns} as strings ("" for unbound), in the query's order. */
  private static List<List<String>> select(DatasetGraph mem, Query query, List<String> columns) {
    List<List<String>> rows = new ArrayList<>();
    try (QueryExec exec = Sparql.exec(mem, query)) {
      RowSet rs = exec.select();
      while (rs.hasNext()) {
        Binding b = rs.next();
        List<String> row = new ArrayList<>(columns.size() + 1);
        for (String c : columns) {
          row.add(text(b.get(c)));
        }
        row.add(text(b.get("rule")));
        rows.add(row);
      }
    }
    return rows;
  }

  /** Rule names queued per row key: equal rows from different rules each take one. */
  private static Map<List<String>, Deque<String>> rules(
      DatasetGraph mem, Query query, List<String> columns) {
    Map<List<String>, Deque<String>> out = new HashMap<>();
    if (query == null) {
      return out;
    }
    for (List<String> row : select(mem, query, columns)) {
      out.computeIfAbsent(row.subList(0, columns.size()), k -> new ArrayDeque<>())
          .add(row.get(columns.size()));
    }
    return out;
  }

  private static String take(Map<List<String>, Deque<String>> rules, List<String> row) {
    Deque<String> q = rules.get(row.subList(0, row.size() - 1));
    return q == null || q.isEmpty() ? "" : q.poll();
  }

  /** A cell as the SPARQL CSV format writes it: a literal's lexical form, an IRI's text. */
  private static String text(Node n) {
    if (n == null) {
      return "";
    }
    if (n.isLiteral()) {
      return n.getLiteralLexicalForm();
    }
    if (n.isURI()) {
      return n.getURI();
    }
    return n.toString();
  }
}
