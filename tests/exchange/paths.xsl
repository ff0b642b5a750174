<?xml version="1.0" encoding="UTF-8"?>
<!--
  For the tests: where a text arrived in a message.  Prints the path of
  every attribute or text node whose value is exactly $text, one per line
  (e.g. /Bundle/entry/resource/Consent/provision/code/text/@value).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:param name="text"/>
  <xsl:template match="/">
    <xsl:for-each select="//@*[. = $text] | //text()[. = $text]">
      <xsl:for-each select="ancestor::*"><xsl:value-of select="concat('/', local-name())"/></xsl:for-each>
      <xsl:choose>
        <xsl:when test="count(. | ../@*) = count(../@*)"><xsl:value-of select="concat('/@', local-name())"/></xsl:when>
        <xsl:otherwise>/text()</xsl:otherwise>
      </xsl:choose>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
