package org.newskg.graph;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.facts.Actor;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.ArticleMeta;
import org.newskg.facts.Attribution;
import org.newskg.facts.Location;
import org.newskg.facts.SentenceRef;
import org.newskg.facts.Statement;
import org.newskg.facts.Strike;

/**
 * Writes one article's facts as quads into the article's named graph ({@link Iris#graph}).
 *
 * <p>Actors, locations and rules are described again in every article graph that uses them, so each
 * graph is self-contained: replacing or dropping one article's graph never leaves another article's
 * facts without labels. Labels and texts are plain strings, kept exactly as extracted. Output order
 * follows the facts' order, so the same facts always give the same quad sequence.
 */
public final class FactWriter {
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private static final Node TYPE = RDF.type.asNode();
  private static final Node LABEL = RDFS.label.asNode();
  private static final Node WAS_DERIVED_FROM =
      NodeFactory.createURI(Namespaces.PROV + "wasDerivedFrom");
  private static final Node LAT = NodeFactory.createURI(Namespaces.GEO + "lat");
  private static final Node LONG = NodeFactory.createURI(Namespaces.GEO + "long");

  private final StreamRDF out;

  /** Writes to {@code out}; the caller owns start/finish of the stream and any transaction. */
  public FactWriter(StreamRDF out) {
    this.out = out;
  }

  /** Writes every fact of {@code facts}; returns the number of quads sent. */
  public long write(ArticleFacts facts) {
    return new ArticleScope(facts).run();
  }

  /** Per-article state: the graph, the article IRI, and what has been described already. */
  private final class ArticleScope {
    private final ArticleFacts facts;
    private final String name;
    private final Node graph;
    private final Node article;
    private final Set<Integer> sentencesDone = new HashSet<>();
    private final Set<String> rulesDone = new HashSet<>();
    private long count;

    ArticleScope(ArticleFacts facts) {
      this.facts = facts;
      this.name = facts.meta().name();
      this.graph = Iris.graph(name);
      this.article = Iris.article(name);
    }

    long run() {
      article(facts.meta());
      for (SentenceRef s : facts.sentences()) {
        sentence(s);
      }
      for (Actor a : facts.actors()) {
        actor(a);
      }
      for (Location l : facts.locations()) {
        location(l);
      }
      for (Strike s : facts.strikes()) {
        strike(s);
      }
      for (Statement s : facts.statements()) {
        statement(s);
      }
      for (Attribution a : facts.attributions()) {
        attribution(a);
      }
      return count;
    }

    private void article(ArticleMeta m) {
      quad(article, TYPE, NKG.Article.asNode());
      quad(article, NKG.fileName.asNode(), str(m.name()));
      quad(article, LABEL, str(m.title()));
      quad(article, DCTerms.title.asNode(), str(m.title()));
      optional(article, DCTerms.publisher.asNode(), m.publisher());
      optional(article, DCTerms.creator.asNode(), m.author());
      if (m.date() != null) {
        quad(article, DCTerms.date.asNode(), date(m.date()));
      }
      if (m.url() != null) {
        quad(
            article,
            DCTerms.source.asNode(),
            NodeFactory.createLiteralDT(m.url(), XSDDatatype.XSDanyURI));
      }
    }

    /** Describes a sentence once, however many facts cite it; returns its IRI. */
    private Node sentence(SentenceRef s) {
      Node node = Iris.sentence(name, s.index());
      if (sentencesDone.add(s.index())) {
        quad(node, TYPE, NKG.Sentence.asNode());
        quad(node, NKG.index.asNode(), integer(s.index()));
        quad(node, NKG.text.asNode(), str(s.text()));
        quad(node, NKG.beginOffset.asNode(), integer(s.span().begin()));
        quad(node, NKG.endOffset.asNode(), integer(s.span().end()));
        quad(node, NKG.article.asNode(), article);
      }
      return node;
    }

    private Node rule(String ruleName) {
      Node node = Iris.rule(ruleName);
      if (rulesDone.add(ruleName)) {
        quad(node, TYPE, NKG.Rule.asNode());
        quad(node, LABEL, str(ruleName));
      }
      return node;
    }

    private void actor(Actor a) {
      Node node = Iris.actor(a.key());
      quad(node, TYPE, NKG.Actor.asNode());
      quad(node, TYPE, Iris.actorClass(a.kind()));
      quad(node, LABEL, str(a.label()));
      for (String alias : a.aliases()) {
        quad(node, SKOS.altLabel.asNode(), str(alias));
      }
      if (a.speaksForKey() != null) {
        quad(node, NKG.speaksFor.asNode(), Iris.actor(a.speaksForKey()));
      }
      if (a.country() != null) {
        quad(node, NKG.country.asNode(), Iris.actor(a.country()));
      }
      // A malformed id would make a wrong link to Wikidata: better none.
      if (a.wikidata() != null && QID.matcher(a.wikidata()).matches()) {
        quad(node, OWL.sameAs.asNode(), Iris.wikidata(a.wikidata()));
      }
    }

    private void location(Location l) {
      Node node = Iris.location(l.key());
      quad(node, TYPE, NKG.Location.asNode());
      quad(node, LABEL, str(l.label()));
      if (l.partOfKey() != null) {
        quad(node, NKG.partOf.asNode(), Iris.location(l.partOfKey()));
      }
      if (l.lat() != null
          && l.lon() != null
          && Double.isFinite(l.lat())
          && Double.isFinite(l.lon())) {
        quad(node, LAT, decimal(l.lat()));
        quad(node, LONG, decimal(l.lon()));
      }
    }

    private void strike(Strike s) {
      Node node = Iris.part(name, s.key());
      quad(node, TYPE, NKG.Strike.asNode());
      quad(node, LABEL, str(s.label()));
      quad(node, NKG.strikeKind.asNode(), Iris.strikeKind(s.kind()));
      if (s.locationKey() != null) {
        quad(node, NKG.location.asNode(), Iris.location(s.locationKey()));
      }
      optional(node, NKG.locationText.asNode(), s.locationText());
      optional(node, NKG.target.asNode(), s.target());
      if (s.date() != null) {
        quad(node, NKG.date.asNode(), date(s.date()));
      }
      optional(node, NKG.casualties.asNode(), s.casualties());
      quad(node, NKG.sentence.asNode(), sentence(s.sentence()));
      quad(node, NKG.article.asNode(), article);
    }

    private void statement(Statement s) {
      Node node = Iris.part(name, s.key());
      Node sentence = sentence(s.sentence());
      quad(node, TYPE, NKG.Statement.asNode());
      if (s.direct()) {
        quad(node, TYPE, NKG.DirectQuote.asNode());
      }
      quad(node, NKG.speaker.asNode(), Iris.actor(s.speakerKey()));
      quad(node, NKG.text.asNode(), str(s.text()));
      optional(node, NKG.cue.asNode(), s.cue());
      quad(
          node,
          NKG.directQuote.asNode(),
          NodeFactory.createLiteralDT(Boolean.toString(s.direct()), XSDDatatype.XSDboolean));
      quad(node, NKG.beginOffset.asNode(), integer(s.textSpan().begin()));
      quad(node, NKG.endOffset.asNode(), integer(s.textSpan().end()));
      quad(node, NKG.sentence.asNode(), sentence);
      quad(node, WAS_DERIVED_FROM, sentence);
      quad(node, NKG.rule.asNode(), rule(s.rule()));
      quad(node, NKG.article.asNode(), article);
    }

    private void attribution(Attribution a) {
      Node node = Iris.part(name, a.key());
      Node evidence = sentence(a.evidence());
      quad(node, TYPE, NKG.Attribution.asNode());
      quad(node, NKG.attributor.asNode(), Iris.actor(a.attributorKey()));
      quad(node, NKG.strike.asNode(), Iris.part(name, a.strikeKey()));
      quad(node, NKG.perpetrator.asNode(), Iris.actor(a.perpetratorKey()));
      quad(node, NKG.stance.asNode(), Iris.stance(a.stance()));
      quad(node, NKG.certainty.asNode(), Iris.certainty(a.certainty()));
      quad(node, NKG.evidence.asNode(), evidence);
      if (a.statementKey() != null) {
        quad(node, NKG.statement.asNode(), Iris.part(name, a.statementKey()));
      }
      quad(node, WAS_DERIVED_FROM, evidence);
      quad(node, NKG.rule.asNode(), rule(a.rule()));
      quad(node, NKG.article.asNode(), article);
    }

    private void optional(Node s, Node p, String value) {
      if (value != null) {
        quad(s, p, str(value));
      }
    }

    private void quad(Node s, Node p, Node o) {
      out.quad(Quad.create(graph, s, p, o));
      count++;
    }
  }

  private static Node str(String s) {
    return NodeFactory.createLiteralString(Iris.wellFormed(s));
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  /** xsd:decimal with a plain, stable lexical form ("33.3", never "3.33E1"). */
  private static Node decimal(double d) {
    return NodeFactory.createLiteralDT(
        BigDecimal.valueOf(d).toPlainString(), XSDDatatype.XSDdecimal);
  }

  /**
   * Typed as precisely as the text allows; anything else stays a plain string, not a bad literal.
   */
  static Node date(String s) {
    RDFDatatype type = null;
    if (DATE.matcher(s).matches()) {
      type = XSDDatatype.XSDdate;
    } else if (YEAR_MONTH.matcher(s).matches()) {
      type = XSDDatatype.XSDgYearMonth;
    } else if (YEAR.matcher(s).matches()) {
      type = XSDDatatype.XSDgYear;
    }
    if (type != null && type.isValid(s)) {
      return NodeFactory.createLiteralDT(s, type);
    }
    return str(s);
  }
}
