package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void dropsLeadingArticlesAndCounts() {
    assertEquals("senior American officials", Labels.clean("the two senior American officials"));
  }

  @Test
  void collapsesEveryKindOfSpace() {
    assertEquals("Israeli military", Labels.clean("the  Israeli\tmilitary"));
    assertEquals("Israeli military", Labels.clean("Israeli\n military"));
  }

  @Test
  void stripsQuotesAndPunctuationAtTheEdges() {
    assertEquals("Hamas", Labels.clean("“Hamas,”"));
    assertEquals("work of Hezbollah", Labels.clean("(the work of Hezbollah)."));
  }

  @Test
  void joinsHyphensAndPossessives() {
    assertEquals("pro-Iranian militia", Labels.clean("pro - Iranian militia"));
    assertEquals("Hezbollah's spokesman", Labels.clean("Hezbollah 's spokesman"));
    assertEquals("Hezbollah’s spokesman", Labels.clean("Hezbollah ’s spokesman"));
    assertEquals("'s-Hertogenbosch mayor", Labels.clean("the 's-Hertogenbosch mayor"));
  }

  @Test
  void keepsTheTextWhenNothingWouldBeLeft() {
    assertEquals("the", Labels.clean(" the "));
  }
}
