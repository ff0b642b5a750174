<?xml version="1.0" encoding="UTF-8"?>
<!--
  Spoedoverzicht: one page for the out-of-hours doctor, and the refusal
  that offers break-the-glass without showing anything of the child.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'emergency']" mode="title">
    <xsl:text>Spoedoverzicht </xsl:text><xsl:apply-templates select="child" mode="name"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'emergency']" mode="content">
    <article class="emergency">
      <xsl:if test="emergency-access">
        <p class="banner banner-glass" role="alert">
          <xsl:text>Noodtoegang, geldig tot </xsl:text>
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="emergency-access/@expires-at"/></xsl:call-template>
          <xsl:text>. Deze inzage is vastgelegd en wordt gecontroleerd.</xsl:text>
        </p>
      </xsl:if>
      <h1>
        <xsl:apply-templates select="child" mode="name"/>
        <xsl:text>, </xsl:text><xsl:value-of select="child/@age-years"/><xsl:text> jaar</xsl:text>
      </h1>
      <p class="diagnosis"><xsl:value-of select="child/@diagnosis"/></p>
      <p class="banner banner-missing" role="alert">Behandelgrenzen (zoals niet reanimeren) zijn nog
        niet in dit IZP vastgelegd. Overleg met de hoofdbehandelaar.</p>
      <xsl:choose>
        <xsl:when test="plan">
          <p>IZP: <xsl:call-template name="plan-status"><xsl:with-param name="status" select="plan/@status"/></xsl:call-template></p>
          <dl class="contacts">
            <dt>Hoofdbehandelaar</dt>
            <dd><xsl:value-of select="plan/@hoofdbehandelaar-name"/>
              <xsl:if test="plan/@hoofdbehandelaar-phone"> · <strong><xsl:value-of select="plan/@hoofdbehandelaar-phone"/></strong></xsl:if></dd>
            <dt>Casemanager</dt>
            <dd><xsl:value-of select="plan/@casemanager-name"/>
              <xsl:if test="plan/@casemanager-phone"> · <strong><xsl:value-of select="plan/@casemanager-phone"/></strong></xsl:if></dd>
            <xsl:if test="child/@gp-name">
              <dt>Huisarts</dt>
              <dd><xsl:value-of select="child/@gp-name"/>
                <xsl:if test="child/@gp-phone"> · <strong><xsl:value-of select="child/@gp-phone"/></strong></xsl:if></dd>
            </xsl:if>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <p class="banner banner-missing">Dit kind heeft geen actueel IZP.</p>
        </xsl:otherwise>
      </xsl:choose>
    </article>
  </xsl:template>

  <xsl:template match="izp[@page = 'emergency-break']" mode="title">Noodtoegang</xsl:template>

  <xsl:template match="izp[@page = 'emergency-break']" mode="content">
    <section class="error-page">
      <h1>Geen toegang: noodtoegang mogelijk</h1>
      <p>De familie heeft u geen toegang tot dit IZP gegeven. In een noodsituatie kunt u
        het spoedoverzicht (alleen dat) toch openen. Beschrijf waarom; uw inzage wordt
        vastgelegd en achteraf gecontroleerd door de privacyfunctionaris.</p>
      <xsl:apply-templates select="form"/>
    </section>
  </xsl:template>
</xsl:stylesheet>
