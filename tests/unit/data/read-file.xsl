<?xml version="1.0" encoding="UTF-8"?>
<!-- Tries to read a local file; the security preferences must refuse it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html"/>
  <xsl:template match="/">
    <p><xsl:value-of select="document('secret.xml')/secret"/></p>
  </xsl:template>
</xsl:stylesheet>
