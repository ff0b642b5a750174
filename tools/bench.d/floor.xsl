<?xml version="1.0" encoding="UTF-8"?>
<!-- make bench's floor: a small page from a small document. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8"/>
  <xsl:template match="/child">
    <html lang="nl"><head><title>Vloer</title></head>
      <body><h1><xsl:value-of select="@name"/></h1><p>Een kleine pagina.</p></body></html>
  </xsl:template>
</xsl:stylesheet>
