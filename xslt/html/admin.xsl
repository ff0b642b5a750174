<?xml version="1.0" encoding="UTF-8"?>
<!-- The beheerder's pages: where the plans are delivered (tools/izp-export). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'destinations']" mode="title">Bestemmingen</xsl:template>

  <xsl:template name="formats-label">
    <xsl:param name="set"/>
    <xsl:if test="contains($set, 'nhg')">NHG-bericht</xsl:if>
    <xsl:if test="contains($set, 'nhg') and (contains($set, 'ada') or contains($set, 'fhir'))">, </xsl:if>
    <xsl:if test="contains($set, 'ada')">zib-registraties (ADA)</xsl:if>
    <xsl:if test="contains($set, 'ada') and contains($set, 'fhir')">, </xsl:if>
    <xsl:if test="contains($set, 'fhir')">FHIR Bundle</xsl:if>
  </xsl:template>

  <xsl:template match="izp[@page = 'destinations']" mode="content">
    <h1>
      <xsl:choose>
        <xsl:when test="editing">Bestemming wijzigen: <xsl:value-of select="editing/@name"/></xsl:when>
        <xsl:otherwise>Bestemmingen van de levering</xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:if test="notice/@code = 'saved'">
      <p class="notice" role="status">De bestemming is opgeslagen.</p>
    </xsl:if>
    <p class="lead">Elke nacht krijgt elke huisartsenpraktijk en huisartsenpost hier het actuele IZP
      van de kinderen bij wie zij horen, in de formaten die haar systeem leest, als bestanden in
      haar outbox; na een wijziging van de behandelgrenzen binnen enkele minuten. Alleen zolang
      de familie het team van de bestemming toegang geeft.</p>
    <xsl:if test="not(editing)">
      <table class="children destinations">
        <thead><tr><th>Bestemming</th><th>AGB-code</th><th>Team</th><th>Formaten</th><th>Outbox</th><th>Status</th></tr></thead>
        <tbody>
          <xsl:for-each select="destinations/destination">
            <tr>
              <xsl:if test="@active = '0'"><xsl:attribute name="class">revoked</xsl:attribute></xsl:if>
              <td>
                <a href="{$base}/beheer/bestemmingen/{@id}"><xsl:value-of select="@name"/></a>
                <xsl:choose>
                  <xsl:when test="@kind = 'huisartsenpost'"> (huisartsenpost)</xsl:when>
                  <xsl:otherwise> (praktijk<xsl:if test="@hap-name">, regio <xsl:value-of select="@hap-name"/></xsl:if>)</xsl:otherwise>
                </xsl:choose>
              </td>
              <td><xsl:value-of select="@agb"/></td>
              <td><xsl:value-of select="@team-name"/></td>
              <td><xsl:call-template name="formats-label"><xsl:with-param name="set" select="@formats"/></xsl:call-template></td>
              <td><code><xsl:value-of select="@outbox"/></code></td>
              <td>
                <xsl:choose>
                  <xsl:when test="@active = '1'">actief</xsl:when>
                  <xsl:otherwise>uitgeschakeld</xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:if test="not(destinations/destination)">
        <p class="empty">Er zijn nog geen bestemmingen.</p>
      </xsl:if>
      <h2>Laatste leveringen</h2>
      <xsl:choose>
        <xsl:when test="delivery-runs/run">
          <table class="children runs">
            <thead><tr><th>Begonnen</th><th>Soort</th><th>Geleverd</th><th>Tegengehouden</th><th>Mislukt</th><th>Afloop</th></tr></thead>
            <tbody>
              <xsl:for-each select="delivery-runs/run">
                <tr>
                  <xsl:if test="not(@exit-code = '0')"><xsl:attribute name="class">warning</xsl:attribute></xsl:if>
                  <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@started-at"/></xsl:call-template></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="@urgent = '1'">spoed (behandelgrenzen)</xsl:when>
                      <xsl:otherwise>alles</xsl:otherwise>
                    </xsl:choose>
                    <xsl:if test="@destination-agb"> · alleen <xsl:value-of select="@destination-agb"/></xsl:if>
                  </td>
                  <td><xsl:value-of select="@delivered"/></td>
                  <td><xsl:value-of select="@withheld"/></td>
                  <td><xsl:value-of select="@failed"/></td>
                  <td>
                    <xsl:choose>
                      <xsl:when test="@exit-code"><xsl:value-of select="@message"/> (code <xsl:value-of select="@exit-code"/>)</xsl:when>
                      <xsl:when test="@finished-at"><xsl:value-of select="@message"/></xsl:when>
                      <xsl:otherwise>niet afgerond (loopt nog of is afgebroken)</xsl:otherwise>
                    </xsl:choose>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:when>
        <xsl:otherwise><p class="empty">Er is nog niet geleverd.</p></xsl:otherwise>
      </xsl:choose>
      <h2>Bestemming toevoegen</h2>
    </xsl:if>
    <xsl:apply-templates select="form"/>
    <xsl:if test="editing">
      <p><a href="{$base}/beheer/bestemmingen">Annuleren</a></p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
