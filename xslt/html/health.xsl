<?xml version="1.0" encoding="UTF-8"?>
<!--
  Gezondheid: what a load balancer (or an administrator) sees of one node:
  the database and the stylesheets, each "ok" or "fout", nothing else.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'health']" mode="title">Gezondheid</xsl:template>

  <xsl:template match="izp[@page = 'health']" mode="content">
    <section class="health">
      <h1>
        <xsl:choose>
          <xsl:when test="health/@database = 'ok' and health/@stylesheets = 'ok'">IZP werkt</xsl:when>
          <xsl:otherwise>IZP werkt niet</xsl:otherwise>
        </xsl:choose>
      </h1>
      <dl>
        <dt>Database</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="health/@database = 'ok'">ok</xsl:when>
            <xsl:otherwise>fout: de database is niet bereikbaar</xsl:otherwise>
          </xsl:choose>
        </dd>
        <dt>Stylesheets</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="health/@stylesheets = 'ok'">ok</xsl:when>
            <xsl:otherwise>fout: de stylesheets zijn niet leesbaar (xslt.dir)</xsl:otherwise>
          </xsl:choose>
        </dd>
      </dl>
    </section>
  </xsl:template>
</xsl:stylesheet>
