<?xml version="1.0" encoding="UTF-8"?>
<!--
  The NHG HIS IZP message: a child's individual care plan as a GP
  information system files it under the dossier part "Individueel zorgplan"
  of the NHG HIS reference model.  Made from the plan's XML model (the same
  as the overview's), described element by element in izp-nhg.xsd.  Codes
  are the model's own (statuses, areas of attention) or SNOMED CT for the
  treatment limits ("Behandelgrenzen"); text is copied as typed.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="urn:nl:izp:nhg-izp:1">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:include href="../common/ventilation.xsl"/>

  <xsl:variable name="snomed" select="'2.16.840.1.113883.6.96'"/>

  <!-- "2026-11-23 03:31:00.123" as xs:dateTime "2026-11-23T03:31:00" -->
  <xsl:template name="moment">
    <xsl:param name="value"/>
    <xsl:value-of select="concat(substring($value, 1, 10), 'T', substring($value, 12, 8))"/>
  </xsl:template>

  <xsl:template match="/izp">
    <izp-bericht versie="1">
      <bericht>
        <xsl:if test="plan"><xsl:attribute name="revisie"><xsl:value-of select="plan/@revision"/></xsl:attribute></xsl:if>
        <xsl:attribute name="stand-van">
          <xsl:call-template name="moment">
            <xsl:with-param name="value" select="(@at | @now | plan/@changed-at)[1]"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:if test="@at"><xsl:attribute name="historisch">true</xsl:attribute></xsl:if>
      </bericht>
      <xsl:apply-templates select="child"/>
      <xsl:apply-templates select="plan"/>
      <behandelgrenzen>
        <xsl:apply-templates select="limits/limit"/>
      </behandelgrenzen>
      <aandachtsgebieden>
        <xsl:for-each select="problems/problem">
          <probleem id="{@id}" aandachtsgebied="{@dimension}" soort="{@kind}">
            <omschrijving><xsl:value-of select="@description"/></omschrijving>
            <xsl:if test="@action"><actie><xsl:value-of select="@action"/></actie></xsl:if>
            <xsl:if test="@action-holder"><actiehouder><xsl:value-of select="@action-holder"/></actiehouder></xsl:if>
          </probleem>
        </xsl:for-each>
      </aandachtsgebieden>
      <doelen>
        <xsl:apply-templates select="goals/goal"/>
      </doelen>
      <afspraken>
        <xsl:apply-templates select="agreements/agreement"/>
      </afspraken>
      <evaluaties>
        <xsl:apply-templates select="evaluations/evaluation"/>
      </evaluaties>
      <behandelteam>
        <xsl:for-each select="team/member">
          <lid rol="{@role}" dag-en-nacht-bereikbaar="{@reachable-24-7 = '1'}">
            <naam><xsl:value-of select="@name"/></naam>
            <xsl:if test="@organisation"><organisatie><xsl:value-of select="@organisation"/></organisatie></xsl:if>
            <xsl:if test="@phone"><telefoon><xsl:value-of select="@phone"/></telefoon></xsl:if>
            <xsl:if test="@tasks"><taken><xsl:value-of select="@tasks"/></taken></xsl:if>
          </lid>
        </xsl:for-each>
      </behandelteam>
    </izp-bericht>
  </xsl:template>

  <xsl:template match="child">
    <patient id="{@id}" geboortedatum="{@birth-date}">
      <xsl:if test="@bsn"><xsl:attribute name="bsn"><xsl:value-of select="@bsn"/></xsl:attribute></xsl:if>
      <voornaam><xsl:value-of select="@given-name"/></voornaam>
      <achternaam><xsl:value-of select="@family-name"/></achternaam>
      <diagnose><xsl:value-of select="@diagnosis"/></diagnose>
      <xsl:if test="@gp-name or @gp-practice">
        <huisarts>
          <xsl:if test="@gp-name"><naam><xsl:value-of select="@gp-name"/></naam></xsl:if>
          <xsl:if test="@gp-practice"><praktijk><xsl:value-of select="@gp-practice"/></praktijk></xsl:if>
          <xsl:if test="@gp-phone"><telefoon><xsl:value-of select="@gp-phone"/></telefoon></xsl:if>
          <xsl:if test="@gp-agb"><agb><xsl:value-of select="@gp-agb"/></agb></xsl:if>
        </huisarts>
      </xsl:if>
    </patient>
  </xsl:template>

  <xsl:template match="plan">
    <plan id="{@id}" status="{@status}" opgesteld-op="{substring(@created-at, 1, 10)}">
      <xsl:if test="@activated-at"><xsl:attribute name="actueel-sinds"><xsl:value-of select="substring(@activated-at, 1, 10)"/></xsl:attribute></xsl:if>
      <xsl:if test="@closed-on"><xsl:attribute name="afgesloten-op"><xsl:value-of select="@closed-on"/></xsl:attribute></xsl:if>
      <xsl:if test="@close-reason"><xsl:attribute name="reden-afsluiten"><xsl:value-of select="@close-reason"/></xsl:attribute></xsl:if>
      <xsl:if test="@evaluate-on"><xsl:attribute name="volgende-evaluatie"><xsl:value-of select="@evaluate-on"/></xsl:attribute></xsl:if>
      <hoofdbehandelaar>
        <naam><xsl:value-of select="@hoofdbehandelaar-name"/></naam>
        <xsl:if test="@hoofdbehandelaar-phone"><telefoon><xsl:value-of select="@hoofdbehandelaar-phone"/></telefoon></xsl:if>
      </hoofdbehandelaar>
      <casemanager>
        <naam><xsl:value-of select="@casemanager-name"/></naam>
        <xsl:if test="@casemanager-phone"><telefoon><xsl:value-of select="@casemanager-phone"/></telefoon></xsl:if>
      </casemanager>
      <xsl:if test="@policy-goal">
        <hoofddoel-medisch-beleid code="{@policy-goal}" besproken-op="{@policy-goal-on}">
          <xsl:choose>
            <xsl:when test="@policy-goal = 'curatief'"><xsl:attribute name="snomed">385987000</xsl:attribute></xsl:when>
            <xsl:when test="@policy-goal = 'levensverlengend'"><xsl:attribute name="snomed">1351964001</xsl:attribute></xsl:when>
            <xsl:when test="@policy-goal = 'symptoomgericht'"><xsl:attribute name="snomed">713148004</xsl:attribute></xsl:when>
          </xsl:choose>
          <xsl:value-of select="@policy-goal-note"/>
        </hoofddoel-medisch-beleid>
      </xsl:if>
    </plan>
  </xsl:template>

  <!-- A treatment limit: SNOMED CT where the zib has a code, else the model's own. -->
  <xsl:template match="limit">
    <behandelgrens id="{@id}" besluit="{@decision}" besproken-op="{@discussed-on}" status="{@status}">
      <behandeling>
        <xsl:choose>
          <xsl:when test="translate(@treatment, '0123456789', '') = ''">
            <xsl:attribute name="code"><xsl:value-of select="@treatment"/></xsl:attribute>
            <xsl:attribute name="codesysteem"><xsl:value-of select="$snomed"/></xsl:attribute>
          </xsl:when>
          <xsl:otherwise>
            <xsl:attribute name="code"><xsl:value-of select="@treatment"/></xsl:attribute>
            <xsl:attribute name="codesysteem">izp</xsl:attribute>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@ventilation-scope">
          <xsl:attribute name="beademing"><xsl:value-of select="@ventilation-scope"/></xsl:attribute>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="@treatment = '89666000'">Reanimatie</xsl:when>
          <xsl:when test="@treatment = '40617009'"><xsl:call-template name="ventilation-text"/></xsl:when>
          <xsl:when test="@treatment = '305351004'">Opname op de intensive care</xsl:when>
          <xsl:when test="@treatment = '32485007'">Opname in het ziekenhuis</xsl:when>
          <xsl:when test="@treatment = '281789004'">Antibiotica</xsl:when>
          <xsl:when test="@treatment = '116762002'">Bloedtransfusie (bloedproducten)</xsl:when>
          <xsl:when test="@treatment = 'VOCHT'">Kunstmatig vocht toedienen</xsl:when>
          <xsl:when test="@treatment = 'VOEDING'">Kunstmatige voeding</xsl:when>
          <xsl:when test="@treatment = 'ICD'">ICD uitschakelen</xsl:when>
          <xsl:when test="@treatment = 'SEDATIE'">Palliatieve sedatie</xsl:when>
          <xsl:otherwise><xsl:value-of select="@treatment-other"/></xsl:otherwise>
        </xsl:choose>
      </behandeling>
      <xsl:if test="@decision-detail"><specificatie><xsl:value-of select="@decision-detail"/></specificatie></xsl:if>
      <xsl:if test="@party-child = '1'"><partij soort="patient"/></xsl:if>
      <xsl:if test="@party-parents = '1'"><partij soort="vertegenwoordiger"/></xsl:if>
      <xsl:if test="@party-caregiver = '1'"><partij soort="zorgverlener"/></xsl:if>
      <xsl:if test="@comment"><toelichting><xsl:value-of select="@comment"/></toelichting></xsl:if>
    </behandelgrens>
  </xsl:template>

  <xsl:template match="goal">
    <doel id="{@id}" status="{@status}" aandachtsgebied="{@dimension}">
      <xsl:if test="@target-date"><xsl:attribute name="streefdatum"><xsl:value-of select="@target-date"/></xsl:attribute></xsl:if>
      <omschrijving><xsl:value-of select="@description"/></omschrijving>
      <xsl:if test="@responsible-name"><verantwoordelijke><xsl:value-of select="@responsible-name"/></verantwoordelijke></xsl:if>
    </doel>
  </xsl:template>

  <xsl:template match="agreement">
    <afspraak id="{@id}" status="{@status}" versie="{@version}" begindatum="{@start-date}">
      <xsl:if test="@end-date"><xsl:attribute name="einddatum"><xsl:value-of select="@end-date"/></xsl:attribute></xsl:if>
      <xsl:if test="@evaluate-on"><xsl:attribute name="evaluatie"><xsl:value-of select="@evaluate-on"/></xsl:attribute></xsl:if>
      <xsl:if test="@goal-id"><xsl:attribute name="doel"><xsl:value-of select="@goal-id"/></xsl:attribute></xsl:if>
      <xsl:if test="@replaces-id"><xsl:attribute name="vervangt"><xsl:value-of select="@replaces-id"/></xsl:attribute></xsl:if>
      <activiteit><xsl:value-of select="@activity"/></activiteit>
      <xsl:if test="@party-child = '1'"><partij soort="patient"/></xsl:if>
      <xsl:if test="@party-parents = '1'"><partij soort="vertegenwoordiger"/></xsl:if>
      <xsl:if test="@party-caregivers = '1'"><partij soort="zorgverlener"/></xsl:if>
      <uitvoerder soort="{@performer}">
        <xsl:value-of select="@performer-name"/>
      </uitvoerder>
      <xsl:if test="@coordinator-name"><coordinator><xsl:value-of select="@coordinator-name"/></coordinator></xsl:if>
      <xsl:if test="@close-reason"><reden-afsluiten><xsl:value-of select="@close-reason"/></reden-afsluiten></xsl:if>
    </afspraak>
  </xsl:template>

  <xsl:template match="evaluation">
    <evaluatie id="{@id}" datum="{@held-on}">
      <xsl:if test="@next-on"><xsl:attribute name="volgende"><xsl:value-of select="@next-on"/></xsl:attribute></xsl:if>
      <deelnemers><xsl:value-of select="@participants"/></deelnemers>
      <samenvatting><xsl:value-of select="@summary"/></samenvatting>
      <xsl:for-each select="outcome">
        <uitkomst afspraak="{@agreement-id}" besluit="{@outcome}"/>
      </xsl:for-each>
    </evaluatie>
  </xsl:template>
</xsl:stylesheet>
