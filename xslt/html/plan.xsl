<?xml version="1.0" encoding="UTF-8"?>
<!-- Creating an IZP, and the overview of the whole plan. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'plan-create']" mode="title">Nieuw IZP</xsl:template>

  <xsl:template match="izp[@page = 'plan-create']" mode="content">
    <xsl:if test="notice/@code = 'child-registered'">
      <p class="notice" role="status">Het kind is geregistreerd. U kunt nu het IZP aanmaken.</p>
    </xsl:if>
    <h1>Nieuw IZP voor <xsl:apply-templates select="child" mode="name"/></h1>
    <xsl:apply-templates select="child" mode="card"/>
    <xsl:choose>
      <xsl:when test="open-plan">
        <p class="warning">Dit kind heeft al een open IZP. Er kan maar één concept
          of actueel IZP per kind zijn. <a href="/izp/{open-plan/@id}">Bekijk het IZP</a>.</p>
      </xsl:when>
      <xsl:otherwise>
        <p class="lead">Het IZP wordt opgesteld door een (kinder)verpleegkundige samen met de
          hoofdbehandelaar, altijd met de ouders en waar mogelijk met het kind. Het begint als
          concept; de casemanager maakt het actueel. Velden met * zijn verplicht.</p>
        <xsl:apply-templates select="form"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="izp[@page = 'plan']" mode="title">
    <xsl:text>IZP van </xsl:text><xsl:apply-templates select="child" mode="name"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'plan']" mode="content">
    <xsl:variable name="p" select="plan"/>
    <h1>
      <xsl:text>IZP van </xsl:text><xsl:apply-templates select="child" mode="name"/>
      <xsl:text> </xsl:text>
      <xsl:call-template name="plan-status"><xsl:with-param name="status" select="$p/@status"/></xsl:call-template>
    </h1>
    <xsl:if test="$p/@status = 'concept'">
      <p class="notice">Dit IZP is een concept. Het geldt pas als de casemanager het actueel maakt.</p>
    </xsl:if>
    <xsl:apply-templates select="child" mode="card"/>
    <section class="plan-roles">
      <h2>Verantwoordelijken</h2>
      <dl>
        <dt>Hoofdbehandelaar</dt>
        <dd>
          <xsl:value-of select="$p/@hoofdbehandelaar-name"/>
          <xsl:if test="$p/@hoofdbehandelaar-phone">, tel. <xsl:value-of select="$p/@hoofdbehandelaar-phone"/></xsl:if>
        </dd>
        <dt>Casemanager</dt>
        <dd>
          <xsl:value-of select="$p/@casemanager-name"/>
          <xsl:if test="$p/@casemanager-phone">, tel. <xsl:value-of select="$p/@casemanager-phone"/></xsl:if>
        </dd>
        <dt>Opgesteld door</dt>
        <dd>
          <xsl:value-of select="$p/@drawn-up-by-name"/>
          <xsl:text> op </xsl:text>
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="$p/@created-at"/></xsl:call-template>
        </dd>
      </dl>
    </section>
    <section class="plan-conversation">
      <h2>Opgesteld met</h2>
      <dl>
        <dt>Ouders of vertegenwoordigers</dt>
        <dd><xsl:value-of select="$p/@parents-present"/></dd>
        <dt>Kind meegedaan</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$p/@child-participated = 'ja'">Ja</xsl:when>
            <xsl:otherwise>Nee: <xsl:value-of select="$p/@child-absent-reason"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </dl>
    </section>
    <p class="meta">Versie <xsl:value-of select="$p/@version"/> ·
      <a href="/kinderen/{child/@id}/spoed">Spoedoverzicht</a> ·
      <a href="/kinderen/{child/@id}/toegang">Wie heeft toegang?</a> ·
      <a href="/izp/{$p/@id}.xml">XML</a></p>
  </xsl:template>
</xsl:stylesheet>
