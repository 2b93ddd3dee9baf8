package org.newskg.graph;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.facts.ActorKind;
import org.newskg.facts.Certainty;
import org.newskg.facts.Stance;
import org.newskg.facts.StrikeKind;

/**
 * Mints the IRIs of the graph. Every piece of text that ends up in an IRI goes through {@link
 * #slug}, so any file name or key, however hostile, gives a valid, stable IRI.
 */
public final class Iris {
  private Iris() {}

  /** Base of instance IRIs. */
  public static final String ID = "https://w3id.org/newskg/id/";

  public static final String ACTOR = ID + "actor/";
  public static final String LOCATION = ID + "location/";
  public static final String ARTICLE = ID + "article/";
  public static final String RULE = ID + "rule/";

  /** Base of the named graphs, one per article. */
  public static final String GRAPH = "https://w3id.org/newskg/graph/";

  public static final String WIKIDATA = "http://www.wikidata.org/entity/";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Keeps {@code [A-Za-z0-9._-]} and percent-encodes every other UTF-8 byte, so the result is a
   * valid IRI segment for any input and distinct inputs give distinct slugs.
   *
   * <p>Three inputs would give segments that IRI resolution treats specially ("", "." and "..", dot
   * segments are removed): they get encoded dots instead ("%2E%2E%2E", "%2E", "%2E%2E"), forms the
   * general rule never produces because it keeps dots as they are.
   */
  public static String slug(String s) {
    if (s.isEmpty()) {
      return "%2E%2E%2E";
    }
    if (s.equals(".") || s.equals("..")) {
      return s.replace(".", "%2E");
    }
    byte[] bytes = wellFormed(s).getBytes(StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder(bytes.length + 8);
    for (byte x : bytes) {
      int c = x & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == '-') {
        b.append((char) c);
      } else {
        b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return b.toString();
  }

  /**
   * {@code s} with each unpaired surrogate (which JSON escapes like "\\ud800" can produce) replaced
   * by U+FFFD. Such a string has no UTF-8 form: writers and the store would each mangle it their
   * own way, so it is made well-formed once, here.
   */
  public static String wellFormed(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone;
      if (Character.isHighSurrogate(c)) {
        lone = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!lone) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        lone = Character.isLowSurrogate(c);
      }
      if (lone && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(lone ? '\uFFFD' : c);
      }
    }
    return b == null ? s : b.toString();
  }

  public static Node article(String name) {
    return NodeFactory.createURI(ARTICLE + slug(name));
  }

  /** The named graph holding everything extracted from the article {@code name}. */
  public static Node graph(String name) {
    return NodeFactory.createURI(GRAPH + slug(name));
  }

  /** A part of an article (strike, statement, attribution, "sentence-3"), scoped by its article. */
  public static Node part(String articleName, String key) {
    return NodeFactory.createURI(ARTICLE + slug(articleName) + "/" + slug(key));
  }

  public static Node sentence(String articleName, int index) {
    return part(articleName, "sentence-" + index);
  }

  public static Node actor(String key) {
    return NodeFactory.createURI(ACTOR + slug(key));
  }

  public static Node location(String key) {
    return NodeFactory.createURI(LOCATION + slug(key));
  }

  public static Node rule(String name) {
    return NodeFactory.createURI(RULE + slug(name));
  }

  public static Node wikidata(String qid) {
    return NodeFactory.createURI(WIKIDATA + slug(qid));
  }

  public static Node actorClass(ActorKind kind) {
    return switch (kind) {
      case COUNTRY -> NKG.Country.asNode();
      case GOVERNMENT_BODY -> NKG.GovernmentBody.asNode();
      case MILITARY -> NKG.MilitaryForce.asNode();
      case ARMED_GROUP -> NKG.ArmedGroup.asNode();
      case COALITION -> NKG.Coalition.asNode();
      case INTERNATIONAL_ORGANISATION -> NKG.InternationalOrganisation.asNode();
      case MEDIA -> NKG.MediaOrganisation.asNode();
      case PERSON -> NKG.Person.asNode();
      case UNNAMED_OFFICIAL -> NKG.UnnamedOfficial.asNode();
    };
  }

  /** The nkg:StrikeKind individual; its local name is {@link StrikeKind#id()}. */
  public static Node strikeKind(StrikeKind kind) {
    return NodeFactory.createURI(NKG.NS + kind.id());
  }

  /** The nkg:Stance individual; its local name is {@link Stance#id()}. */
  public static Node stance(Stance stance) {
    return NodeFactory.createURI(NKG.NS + stance.id());
  }

  /** The nkg:Certainty individual; its local name is {@link Certainty#id()}. */
  public static Node certainty(Certainty certainty) {
    return NodeFactory.createURI(NKG.NS + certainty.id());
  }
}
