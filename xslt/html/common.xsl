<?xml version="1.0" encoding="UTF-8"?>
<!-- Small formatting helpers shared by every HTML page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- 2026-03-07 (or a date-time) as 07-03-2026, the Dutch way. -->
  <xsl:template name="date">
    <xsl:param name="value"/>
    <xsl:if test="string-length($value) &gt;= 10">
      <xsl:value-of select="concat(substring($value, 9, 2), '-', substring($value, 6, 2), '-', substring($value, 1, 4))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="datetime">
    <xsl:param name="value"/>
    <xsl:call-template name="date">
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
    <xsl:if test="string-length($value) &gt;= 16">
      <xsl:value-of select="concat(' ', substring($value, 12, 5))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="role-label">
    <xsl:param name="role"/>
    <xsl:choose>
      <xsl:when test="$role = 'verpleegkundige'">Kinderverpleegkundige</xsl:when>
      <xsl:when test="$role = 'kinderarts'">Kinderarts</xsl:when>
      <xsl:when test="$role = 'casemanager'">Casemanager</xsl:when>
      <xsl:when test="$role = 'huisarts'">Huisarts</xsl:when>
      <xsl:when test="$role = 'hap_arts'">Arts huisartsenpost</xsl:when>
      <xsl:when test="$role = 'privacy'">Privacyfunctionaris</xsl:when>
      <xsl:when test="$role = 'beheerder'">Beheerder</xsl:when>
      <xsl:otherwise><xsl:value-of select="$role"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="plan-status">
    <xsl:param name="status"/>
    <span class="status status-{$status}">
      <xsl:choose>
        <xsl:when test="$status = 'concept'">Concept</xsl:when>
        <xsl:when test="$status = 'actueel'">Actueel</xsl:when>
        <xsl:when test="$status = 'afgesloten'">Afgesloten</xsl:when>
        <xsl:otherwise><xsl:value-of select="$status"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="child" mode="name">
    <xsl:value-of select="concat(@given-name, ' ', @family-name)"/>
  </xsl:template>

  <!-- The child's card at the top of a child's pages. -->
  <xsl:template match="child" mode="card">
    <section class="child-card">
      <h2><xsl:apply-templates select="." mode="name"/></h2>
      <dl>
        <dt>Geboortedatum</dt>
        <dd>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@birth-date"/></xsl:call-template>
          <xsl:text> (</xsl:text><xsl:value-of select="@age-years"/><xsl:text> jaar)</xsl:text>
        </dd>
        <dt>Diagnose</dt>
        <dd>
          <xsl:value-of select="@diagnosis"/>
          <xsl:text> (sinds </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@diagnosis-date"/></xsl:call-template>
          <xsl:text>)</xsl:text>
        </dd>
        <xsl:if test="@registration-kind">
          <dt>Aangemeld</dt>
          <dd>
            <xsl:value-of select="concat(@registration-org, ' (', @registration-kind, '), ')"/>
            <xsl:call-template name="date"><xsl:with-param name="value" select="@registration-date"/></xsl:call-template>
          </dd>
        </xsl:if>
        <xsl:if test="@gp-name">
          <dt>Huisarts</dt>
          <dd>
            <xsl:value-of select="@gp-name"/>
            <xsl:if test="@gp-practice">, <xsl:value-of select="@gp-practice"/></xsl:if>
            <xsl:if test="@gp-phone">, tel. <xsl:value-of select="@gp-phone"/></xsl:if>
          </dd>
        </xsl:if>
        <xsl:if test="@hap-name or @hap-phone">
          <dt>Huisartsenpost</dt>
          <dd>
            <xsl:value-of select="@hap-name"/>
            <xsl:if test="@hap-phone"><xsl:if test="@hap-name">, </xsl:if>tel. <xsl:value-of select="@hap-phone"/></xsl:if>
          </dd>
        </xsl:if>
        <xsl:if test="@bsn">
          <dt>BSN</dt>
          <dd><xsl:value-of select="@bsn"/></dd>
        </xsl:if>
      </dl>
    </section>
  </xsl:template>
</xsl:stylesheet>
