<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a ventilation limit covers, in words, for every message format: a
  receiver that shows "Beademing: nee" alone could stop a child's home
  ventilation (BiPAP), so each message carries this text with the code.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="ventilation-text">
    <xsl:choose>
      <xsl:when test="@ventilation-scope = 'invasief'">Beademing: alleen invasief (via tube of tracheacanule); niet-invasieve beademing (masker, zoals BiPAP) valt hier niet onder</xsl:when>
      <xsl:when test="@ventilation-scope = 'niet-invasief'">Beademing: alleen niet-invasief (via masker, zoals BiPAP of CPAP); invasieve beademing valt hier niet onder</xsl:when>
      <xsl:when test="@ventilation-scope = 'alle'">Beademing: invasief en niet-invasief</xsl:when>
      <xsl:otherwise>Beademing</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
