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

  <xsl:template name="audit-outcome">
    <xsl:param name="outcome"/>
    <xsl:choose>
      <xsl:when test="$outcome = 'success'">gelukt</xsl:when>
      <xsl:when test="$outcome = 'denied'">geweigerd (geen toegang)</xsl:when>
      <xsl:when test="$outcome = 'refused'">niet uitgevoerd</xsl:when>
      <xsl:when test="$outcome = 'failure'">mislukt</xsl:when>
      <xsl:when test="$outcome = 'resent'">herhaald verzoek, niets gewijzigd</xsl:when>
      <xsl:otherwise><xsl:value-of select="$outcome"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="audit-object">
    <xsl:param name="type"/>
    <xsl:choose>
      <xsl:when test="$type = 'child'">kind</xsl:when>
      <xsl:when test="$type = 'children'">lijst van kinderen</xsl:when>
      <xsl:when test="$type = 'worklist'">werklijst</xsl:when>
      <xsl:when test="$type = 'care_plan'">IZP</xsl:when>
      <xsl:when test="$type = 'care_plan_history'">geschiedenis van het IZP</xsl:when>
      <xsl:when test="$type = 'goal'">doel</xsl:when>
      <xsl:when test="$type = 'agreement'">afspraak</xsl:when>
      <xsl:when test="$type = 'evaluation'">evaluatie</xsl:when>
      <xsl:when test="$type = 'treatment_limit'">behandelgrens</xsl:when>
      <xsl:when test="$type = 'advance_directive'">wilsverklaring</xsl:when>
      <xsl:when test="$type = 'representative'">vertegenwoordiger</xsl:when>
      <xsl:when test="$type = 'crisis_plan'">stappenplan</xsl:when>
      <xsl:when test="$type = 'care_team_member'">lid van het behandelteam</xsl:when>
      <xsl:when test="$type = 'wish'">wens</xsl:when>
      <xsl:when test="$type = 'problem'">probleem</xsl:when>
      <xsl:when test="$type = 'access_grant'">toestemming</xsl:when>
      <xsl:when test="$type = 'emergency_summary'">spoedoverzicht</xsl:when>
      <xsl:when test="$type = 'emergency_access'">noodtoegang</xsl:when>
      <xsl:when test="$type = 'audit_log'">logboek</xsl:when>
      <xsl:when test="$type = 'bsn_match'">registratie met bekend BSN</xsl:when>
      <xsl:when test="$type = 'page'">pagina</xsl:when>
      <xsl:when test="$type = 'crisis_medication'">crisismedicatie</xsl:when>
      <xsl:when test="$type = 'aftercare'">nazorg</xsl:when>
      <xsl:when test="$type = 'acp_conversation'">ACP-gesprek</xsl:when>
      <xsl:when test="$type = 'next_step'">volgende stap</xsl:when>
      <xsl:when test="$type = 'place_wish'">wens over de plaats van zorg of overlijden</xsl:when>
      <xsl:when test="$type = 'deviation'">afwijking van de richtlijn</xsl:when>
      <xsl:when test="$type = 'topic'">onderwerp</xsl:when>
      <xsl:otherwise><xsl:value-of select="translate($type, '_', ' ')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What happened, in words for the parents: list views and refusals too. -->
  <!-- The child reading its own overview at the family's door reads
       "je" ($child-reads, family.xsl); the parents "uw kind". -->
  <xsl:template name="audit-what">
    <xsl:choose>
      <xsl:when test="@object-type = 'bsn_match' and $child-reads">probeerde een kind te registreren met jouw BSN; dat is geweigerd</xsl:when>
      <xsl:when test="@object-type = 'bsn_match'">probeerde een kind te registreren met het BSN van uw kind; dat is geweigerd</xsl:when>
      <xsl:when test="@action = 'search' and @object-type = 'children' and $child-reads">zag je naam in de lijst van kinderen</xsl:when>
      <xsl:when test="@action = 'search' and @object-type = 'children'">zag de naam van uw kind in de lijst van kinderen</xsl:when>
      <xsl:when test="@action = 'search' and @object-type = 'worklist' and $child-reads">zag je naam op een werklijst</xsl:when>
      <xsl:when test="@action = 'search' and @object-type = 'worklist'">zag de naam van uw kind op een werklijst</xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="audit-action"><xsl:with-param name="action" select="@action"/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="@outcome = 'denied'"> (geprobeerd, geweigerd: geen toegang)</xsl:when>
          <xsl:when test="@outcome = 'refused'"> (geprobeerd, niet gelukt)</xsl:when>
          <xsl:when test="@outcome = 'failure'"> (mislukt)</xsl:when>
          <xsl:when test="@outcome = 'resent'"> (hetzelfde formulier nog eens verstuurd; niets gewijzigd)</xsl:when>
        </xsl:choose>
      </xsl:otherwise>
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
              <td><xsl:call-template name="audit-outcome"><xsl:with-param name="outcome" select="@outcome"/></xsl:call-template></td>
              <td>
                <xsl:if test="@patient-id">
                  <a href="{$base}/privacy/kinderen/{@patient-id}/inzage"><xsl:value-of select="@patient-id"/></a>
                </xsl:if>
              </td>
              <td><xsl:call-template name="audit-object"><xsl:with-param name="type" select="@object-type"/></xsl:call-template>
                <xsl:if test="@object-id"><xsl:value-of select="concat(' ', @object-id)"/></xsl:if></td>
              <td><xsl:value-of select="@client-address"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
  </xsl:template>

  <xsl:template match="izp[@page = 'emergency-review']" mode="title">Ter controle</xsl:template>

  <xsl:template match="izp[@page = 'emergency-review']" mode="content">
    <h1>Ter controle: noodtoegang en BSN-pogingen</h1>
    <h2>Noodtoegang (break-the-glass)</h2>
    <table class="children audit">
      <thead><tr><th>Geopend (UTC)</th><th>Door</th><th>Rol</th><th>Kind</th><th>Reden</th></tr></thead>
      <tbody>
        <xsl:for-each select="emergencies/emergency-access">
          <tr>
            <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@granted-at"/></xsl:call-template></td>
            <td><xsl:value-of select="@user-display-name"/> (<xsl:value-of select="@user-name"/>)</td>
            <td><xsl:call-template name="role-label"><xsl:with-param name="role" select="@user-role"/></xsl:call-template></td>
            <td><a href="{$base}/privacy/kinderen/{@child-id}/inzage"><xsl:value-of select="@child-id"/></a></td>
            <td><xsl:value-of select="@reason"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <h2>Registratie geweigerd: BSN al bekend</h2>
    <p>Wie een kind registreert met een BSN dat hier al bekend is, hoort dat het kind bestaat.
      Ga na of deze pogingen bij de zorg voor dat kind hoorden.</p>
    <table class="children audit">
      <thead><tr><th>Tijd (UTC)</th><th>Door</th><th>Rol</th><th>Organisatie</th><th>Kind</th><th>Vanaf</th></tr></thead>
      <tbody>
        <xsl:for-each select="bsn-checks/bsn-check">
          <tr>
            <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@occurred-at"/></xsl:call-template></td>
            <td><xsl:value-of select="@user-display-name"/> (<xsl:value-of select="@user-name"/>)</td>
            <td><xsl:call-template name="role-label"><xsl:with-param name="role" select="@user-role"/></xsl:call-template></td>
            <td><xsl:value-of select="@user-organisation"/></td>
            <td><a href="{$base}/privacy/kinderen/{@patient-id}/inzage"><xsl:value-of select="@patient-id"/></a></td>
            <td><xsl:value-of select="@client-address"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="not(bsn-checks/bsn-check)"><p>Geen pogingen.</p></xsl:if>
  </xsl:template>

  <xsl:template match="izp[@page = 'access-overview']" mode="title">Inzage-overzicht</xsl:template>

  <xsl:template match="izp[@page = 'access-overview']" mode="content">
    <h1>Wie heeft het dossier van <xsl:apply-templates select="child" mode="name"/> bekeken of gewijzigd?</h1>
    <p class="lead">
      <xsl:choose>
        <xsl:when test="$child-reads">Dit overzicht is voor jou (recht op inzage, AVG). Het toont elke keer dat een zorgverlener je IZP heeft geopend, aangevuld of afgedrukt, je naam in een lijst zag, met noodtoegang opende, en elke poging die geweigerd is.</xsl:when>
        <xsl:otherwise>Dit overzicht is voor de ouders (recht op inzage, AVG). Het toont elke keer
          dat een zorgverlener het IZP van uw kind heeft geopend, aangevuld of afgedrukt, de naam
          van uw kind in een lijst zag, met noodtoegang opende, en elke poging die geweigerd
          is.</xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:if test="/izp/@door = 'family'">
      <xsl:if test="events/@total &gt; 500">
        <p class="notice">Hier staan de nieuwste 500 van <xsl:value-of select="events/@total"/> keer.
          <xsl:choose>
            <xsl:when test="$child-reads">Wil je alles zien, vraag dan</xsl:when>
            <xsl:otherwise>Wilt u alles zien, vraag dan</xsl:otherwise>
          </xsl:choose>
          <xsl:text> de privacyfunctionaris van het ziekenhuis om het volledige overzicht.</xsl:text></p>
      </xsl:if>
      <p><a href="{$base}/kind/{child/@id}">Terug naar het zorgplan</a></p>
    </xsl:if>
    <table class="children audit">
      <thead><tr><th>Datum en tijd</th><th>Wie</th><th>Functie</th><th>Organisatie</th><th>Wat</th></tr></thead>
      <tbody>
        <xsl:for-each select="events/event">
          <tr>
            <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@local-at"/></xsl:call-template></td>
            <td><xsl:value-of select="@user-display-name"/></td>
            <td><xsl:call-template name="role-label"><xsl:with-param name="role" select="@user-role"/></xsl:call-template></td>
            <td><xsl:value-of select="@user-organisation"/></td>
            <td><xsl:call-template name="audit-what"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
    <xsl:if test="not(events/event)">
      <p>Nog geen zorgverlener heeft het dossier geopend of gezien.</p>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
