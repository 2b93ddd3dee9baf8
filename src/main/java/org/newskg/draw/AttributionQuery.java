package org.newskg.draw;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newskg.store.Sparql;

/** Reads every attribution of a store in the shape of {@code queries/attributions.rq}, plus kinds. */
public final class AttributionQuery {
  /**
   * As queries/attributions.rq (one article graph at a time, so labels never mix), with the IRIs
   * that identify nodes and the most specific actor class. An actor has nkg:Actor and one
   * subclass; MIN keeps one even if a graph ever gave it two, so the drawing stays deterministic.
   */
  static final String SPARQL =
      """
      PREFIX nkg:  <https://w3id.org/newskg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?article ?attribution ?who ?attributor ?whoKind ?strike ?by ?perpetrator ?byKind
             ?stance ?certainty ?evidence
      WHERE {
        {
          SELECT ?g ?attribution ?index (MIN(?wk) AS ?whoKindIri) (MIN(?bk) AS ?byKindIri)
          WHERE {
            GRAPH ?g {
              ?attribution a nkg:Attribution ;
                  nkg:attributor ?w ; nkg:perpetrator ?b ; nkg:evidence/nkg:index ?index .
              OPTIONAL { ?w a ?wk . FILTER(?wk != nkg:Actor) }
              OPTIONAL { ?b a ?bk . FILTER(?bk != nkg:Actor) }
            }
          }
          GROUP BY ?g ?attribution ?index
        }
        GRAPH ?g {
          ?attribution nkg:article ?art ;
              nkg:attributor ?who ;
              nkg:strike ?what ;
              nkg:perpetrator ?by ;
              nkg:stance ?stanceIri ;
              nkg:certainty ?certaintyIri ;
              nkg:evidence ?sentence .
          ?art nkg:fileName ?article .
          ?who rdfs:label ?attributor .
          ?what rdfs:label ?strike .
          ?by rdfs:label ?perpetrator .
          ?sentence nkg:text ?evidence .
        }
        BIND(STRAFTER(STR(?stanceIri), "#") AS ?stance)
        BIND(STRAFTER(STR(?certaintyIri), "#") AS ?certainty)
        BIND(COALESCE(STRAFTER(STR(?whoKindIri), "#"), "Actor") AS ?whoKind)
        BIND(COALESCE(STRAFTER(STR(?byKindIri), "#"), "Actor") AS ?byKind)
      }
      ORDER BY ?article ?index ?attribution ?who ?by ?attributor ?perpetrator ?strike
      """;

  private AttributionQuery() {}

  /** Every attribution in {@code dataset} (TDB2 or in memory), in article and sentence order. */
  public static List<AttributionRow> run(DatasetGraph dataset) {
    Query query = QueryFactory.create(SPARQL);
    return Txn.calculateRead(dataset, () -> {
      List<AttributionRow> rows = new ArrayList<>();
      try (QueryExec exec = Sparql.exec(dataset, query)) {
        RowSet rs = exec.select();
        while (rs.hasNext()) {
          rows.add(row(rs.next()));
        }
      }
      return rows;
    });
  }

  private static AttributionRow row(Binding b) {
    return new AttributionRow(
        text(b, "article"),
        iri(b, "attribution"),
        iri(b, "who"),
        text(b, "attributor"),
        text(b, "whoKind"),
        text(b, "strike"),
        iri(b, "by"),
        text(b, "perpetrator"),
        text(b, "byKind"),
        text(b, "stance"),
        text(b, "certainty"),
        text(b, "evidence"));
  }

  private static String text(Binding b, String var) {
    Node n = b.get(var);
    return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }

  private static String iri(Binding b, String var) {
    Node n = b.get(var);
    return n.isURI() ? n.getURI() : n.toString();
  }
}
