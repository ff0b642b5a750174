<?xml version="1.0" encoding="UTF-8"?>
<!--
  Error pages: a Dutch title per HTTP status (or the page's own title, for
  nginx's static error pages made by tools/error-pages) and the message.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'error']" mode="title">
    <xsl:choose>
      <xsl:when test="error/@title"><xsl:value-of select="error/@title"/></xsl:when>
      <xsl:when test="error/@status = 400">Gegevens niet in orde</xsl:when>
      <xsl:when test="error/@status = 401">Niet aangemeld</xsl:when>
      <xsl:when test="error/@status = 403">Geen toegang</xsl:when>
      <xsl:when test="error/@status = 404">Niet gevonden</xsl:when>
      <xsl:when test="error/@status = 405">Handeling niet toegestaan</xsl:when>
      <xsl:when test="error/@status = 409">Intussen gewijzigd</xsl:when>
      <xsl:when test="error/@status = 413">Te groot</xsl:when>
      <xsl:when test="error/@status = 415">Verkeerd soort gegevens</xsl:when>
      <xsl:when test="error/@status = 503">Tijdelijk niet beschikbaar</xsl:when>
      <xsl:otherwise>Er ging iets mis</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="izp[@page = 'error']" mode="content">
    <section class="error-page">
      <h1><xsl:apply-templates select="." mode="title"/></h1>
      <p class="message"><xsl:value-of select="error"/></p>
      <xsl:if test="error/@link">
        <p><a class="button" href="{$base}{error/@link}">
          <xsl:choose>
            <xsl:when test="error/@link-text"><xsl:value-of select="error/@link-text"/></xsl:when>
            <xsl:otherwise>Bekijk de huidige stand</xsl:otherwise>
          </xsl:choose>
        </a></p>
      </xsl:if>
      <xsl:if test="session/@user or not(session)">
        <p><a href="{$base}/">
          <xsl:choose>
            <xsl:when test="/izp/@door = 'family'">Terug naar de startpagina</xsl:when>
            <xsl:otherwise>Terug naar het overzicht van kinderen</xsl:otherwise>
          </xsl:choose>
        </a></p>
      </xsl:if>
    </section>
  </xsl:template>
</xsl:stylesheet>
