<?xml version="1.0" encoding="UTF-8"?>
<!-- The NEN 7513 log for the privacy officer, and the access overview for parents. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="audit-action">
    <xsl:param name="action"/>
    <xsl:choose>
      <xsl:when test="$action = 'create'">vastgelegd</xsl:when>
      <xsl:when test="$action = 'read'">ingezien</xsl:when>
      <xsl:when test="$action = 'update'">gewijzigd</xsl:when>
      <xsl:when test="$action = 'print'">afgedrukt</xsl:when>
      <xsl:when test="$action = 'export'">geëxporteerd</xsl:when>
      <xsl:when test="$action = 'search'">gezocht</xsl:when>
      <xsl:when test="$action = 'emergency'">noodtoegang</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="izp[@page = 'audit-log']" mode="title">Logboek</xsl:template>

  <xsl:template match="izp[@page = 'audit-log']" mode="content">
    <h1>Logboek (NEN 7513)</h1>
    <xsl:apply-templates select="form"/>
    <xsl:if test="events">
      <p><xsl:value-of select="events/@count"/> gebeurtenissen (hoogstens 500, nieuwste eerst).</p>
      <table class="children audit">
        <thead><tr><th>Tijd (UTC)</th><th>Gebruiker</th><th>Rol</th><th>Handeling</th><th>Uitkomst</th><th>Kind</th><th>Object</th><th>Vanaf</th></tr></thead>
        <tbody>
          <xsl:for-each select="events/event">
            <tr class="outcome-{@outcome}">
              <td><xsl:value-of select="@occurred-at"/></td>
              <td><xsl:value-of select="@user-display-name"/> (<xsl:value-of select="@user-name"/>)</td>
              <td><xsl:call-template name="role-label"><xsl:with-param name="role" select="@user-role"/></xsl:call-template></td>
              <td><xsl:call-template name="audit-action"><xsl:with-param name="action" select="@action"/></xsl:call-template></td>
              <td><xsl:value-of select="@outcome"/></td>
              <td>
                <xsl:if test="@patient-id">
                  <a href="/privacy/kinderen/{@patient-id}/inzage"><xsl:value-of select="@patient-id"/></a>
                </xsl:if>
              </td>
              <td><xsl:value-of select="concat(@object-type, ' ', @object-id)"/></td>
              <td><xsl:value-of select="@client-address"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
  </xsl:template>

  <xsl:template match="izp[@page = 'emergency-review']" mode="title">Noodtoegang</xsl:template>

  <xsl:template match="izp[@page = 'emergency-review']" mode="content">
    <h1>Noodtoegang (break-the-glass) ter controle</h1>
    <table class="children audit">
      <thead><tr><th>Geopend (UTC)</th><th>Door</th><th>Rol</th><th>Kind</th><th>Reden</th></tr></thead>
      <tbody>
        <xsl:for-each select="emergencies/emergency-access">
          <tr>
            <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@granted-at"/></xsl:call-template></td>
            <td><xsl:value-of select="@user-display-name"/> (<xsl:value-of select="@user-name"/>)</td>
            <td><xsl:call-template name="role-label"><xsl:with-param name="role" select="@user-role"/></xsl:call-template></td>
            <td><a href="/privacy/kinderen/{@child-id}/inzage"><xsl:value-of select="@child-id"/></a></td>
            <td><xsl:value-of select="@reason"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template match="izp[@page = 'access-overview']" mode="title">Inzage-overzicht</xsl:template>

  <xsl:template match="izp[@page = 'access-overview']" mode="content">
    <h1>Wie heeft het dossier van <xsl:apply-templates select="child" mode="name"/> bekeken of gewijzigd?</h1>
    <p class="lead">Dit overzicht is voor de ouders (recht op inzage, AVG). Het toont elke keer
      dat een zorgverlener het IZP van uw kind heeft geopend, aangevuld of afgedrukt.</p>
    <table class="children audit">
      <thead><tr><th>Datum en tijd (UTC)</th><th>Wie</th><th>Functie</th><th>Organisatie</th><th>Wat</th></tr></thead>
      <tbody>
        <xsl:for-each select="events/event">
          <tr>
            <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@occurred-at"/></xsl:call-template></td>
            <td><xsl:value-of select="@user-display-name"/></td>
            <td><xsl:call-template name="role-label"><xsl:with-param name="role" select="@user-role"/></xsl:call-template></td>
            <td><xsl:value-of select="@user-organisation"/></td>
            <td><xsl:call-template name="audit-action"><xsl:with-param name="action" select="@action"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>
</xsl:stylesheet>
