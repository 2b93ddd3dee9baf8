package org.newskg.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IsoDatesTest {
  @Test
  void formatsSeenInFeedsAndPages() {
    assertEquals("2019-08-21", IsoDates.iso("2019-08-21T09:30:00+03:00"));
    assertEquals("2019-08-21", IsoDates.iso(" 2019-08-21 "));
    assertEquals("2019-08-02", IsoDates.iso("2019/8/2"));
    assertEquals("2019-08-22", IsoDates.iso("Thu, 22 Aug 2019 08:00:00 GMT"));
    assertEquals("2019-08-22", IsoDates.iso("22 August 2019"));
    assertEquals("2019-08-22", IsoDates.iso("August 22, 2019"));
    assertEquals("2019-08-22", IsoDates.iso("Aug. 22, 2019 10:02 AM"));
  }

  @Test
  void notADateIsNull() {
    assertNull(IsoDates.iso("yesterday"));
    assertNull(IsoDates.iso("2019-02-30"));
    assertNull(IsoDates.iso(null));
    assertNull(IsoDates.iso("Fri, 22 Aug 2019")); // the weekday contradicts the date
  }
}
