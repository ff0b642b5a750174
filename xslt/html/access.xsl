<?xml version="1.0" encoding="UTF-8"?>
<!-- Who may see a child's IZP (the family's decisions) and revoking a grant. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="decider">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'ouder'">ouder</xsl:when>
      <xsl:when test="$kind = 'kind'">het kind</xsl:when>
      <xsl:when test="$kind = 'vertegenwoordiger'">vertegenwoordiger</xsl:when>
      <xsl:when test="$kind = 'aanmelding'">bij aanmelding</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="grant" mode="grantee">
    <xsl:choose>
      <xsl:when test="@team-name">Team <xsl:value-of select="@team-name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@user-name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="izp[@page = 'child-access']" mode="title">Toegang</xsl:template>

  <!-- Who entered a decision: a caregiver, or the family itself at its
       own door (its log-in), which the caregivers must be able to see. -->
  <xsl:template name="entered-by">
    <xsl:param name="name"/>
    <xsl:param name="login"/>
    <xsl:choose>
      <xsl:when test="$login">
        <xsl:text>het gezin zelf (</xsl:text><xsl:value-of select="$login"/>
        <xsl:text>, via de gezinstoegang)</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="izp[@page = 'child-access']" mode="content">
    <h1>Wie heeft toegang tot het IZP van <xsl:apply-templates select="child" mode="name"/>?</h1>
    <p class="lead">Het kind en de ouders bepalen wie het IZP mag inzien. De hoofdbehandelaar
      en de casemanager hebben toegang zolang het IZP open is; daarna alleen met toestemming.</p>
    <xsl:if test="plan-roles">
      <p>Altijd toegang: <xsl:value-of select="plan-roles/@hoofdbehandelaar-name"/> (hoofdbehandelaar)
        en <xsl:value-of select="plan-roles/@casemanager-name"/> (casemanager).</p>
    </xsl:if>
    <p><a href="{$base}/kinderen/{child/@id}/gezin">Gezinstoegang: wie van het gezin het zorgplan zelf leest</a></p>
    <table class="children grants">
      <thead><tr><th>Toegang voor</th><th>Besloten door</th><th>Vastgelegd</th><th>Status</th></tr></thead>
      <tbody>
        <xsl:for-each select="grants/grant">
          <tr>
            <xsl:if test="@revoked-at"><xsl:attribute name="class">revoked</xsl:attribute></xsl:if>
            <td><xsl:apply-templates select="." mode="grantee"/></td>
            <td>
              <xsl:value-of select="@decided-by-name"/>
              <xsl:text> (</xsl:text>
              <xsl:call-template name="decider"><xsl:with-param name="kind" select="@decided-by-kind"/></xsl:call-template>
              <xsl:text>)</xsl:text>
            </td>
            <td>
              <xsl:call-template name="datetime"><xsl:with-param name="value" select="@entered-at"/></xsl:call-template>
              <xsl:text> door </xsl:text>
              <xsl:call-template name="entered-by">
                <xsl:with-param name="name" select="@entered-by-name"/>
                <xsl:with-param name="login" select="@entered-by-login"/>
              </xsl:call-template>
            </td>
            <td>
              <xsl:choose>
                <xsl:when test="@revoked-at">
                  <xsl:text>Ingetrokken op </xsl:text>
                  <xsl:call-template name="datetime"><xsl:with-param name="value" select="@revoked-at"/></xsl:call-template>
                  <xsl:text> door </xsl:text>
                  <xsl:call-template name="entered-by">
                    <xsl:with-param name="name" select="@revoked-by-name"/>
                    <xsl:with-param name="login" select="@revoked-by-login"/>
                  </xsl:call-template>
                  <xsl:text>: </xsl:text><xsl:value-of select="@revoke-reason"/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:text>Geldig</xsl:text>
                  <xsl:if test="/izp/form"> · <a href="{$base}/toegang/{@id}/intrekken">Intrekken</a></xsl:if>
                </xsl:otherwise>
              </xsl:choose>
            </td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="form">
      <h2>Nieuwe toestemming vastleggen</h2>
      <xsl:apply-templates select="form"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="izp[@page = 'access-revoke']" mode="title">Toestemming intrekken</xsl:template>

  <xsl:template match="izp[@page = 'access-revoke']" mode="content">
    <h1>Toestemming intrekken</h1>
    <p class="lead">
      <xsl:apply-templates select="grant" mode="grantee"/>
      <xsl:text> heeft nu toegang tot het IZP van </xsl:text>
      <xsl:apply-templates select="child" mode="name"/>
      <xsl:text>, besloten door </xsl:text>
      <xsl:value-of select="grant/@decided-by-name"/>
      <xsl:text>. Na intrekken is die toegang direct weg; de geschiedenis blijft bewaard.</xsl:text>
    </p>
    <xsl:apply-templates select="form"/>
  </xsl:template>
</xsl:stylesheet>
