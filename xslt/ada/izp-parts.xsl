<?xml version="1.0" encoding="UTF-8"?>
<!--
  Parts of the zib 2020 ADA documents (izp.xsl) that several zibs share:
  the patient as subject, names, phone numbers, a caregiver, references
  between the parts of one document, and the code lists.

  A coded element in ADA carries the schema's ordinal for the concept in
  value, plus code, codeSystem and displayName.  Display names are the
  schemas' own; the codes and code systems are those of the zib value sets
  (the schemas list only ordinals and names), as Nictiz's ADA examples use
  them.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="oid-bsn" select="'2.16.840.1.113883.2.4.6.3'"/>
  <xsl:variable name="oid-snomed" select="'2.16.840.1.113883.6.96'"/>
  <xsl:variable name="oid-nullflavor" select="'2.16.840.1.113883.5.1008'"/>
  <xsl:variable name="oid-addressuse" select="'2.16.840.1.113883.5.1119'"/>
  <xsl:variable name="oid-participationtype" select="'2.16.840.1.113883.5.90'"/>
  <xsl:variable name="oid-rolecode" select="'2.16.840.1.113883.5.111'"/>
  <!-- Vektis COD472 "soort relatie": zib RolCodelijst. -->
  <xsl:variable name="oid-cod472" select="'2.16.840.1.113883.2.4.3.11.22.472'"/>
  <!-- Vektis COD016 "AGB specialismen". -->
  <xsl:variable name="oid-agb-specialisme" select="'2.16.840.1.113883.2.4.6.7'"/>
  <!-- AGB-Z, the Vektis register of care providers. -->
  <xsl:variable name="oid-agb" select="'2.16.840.1.113883.2.4.6.1'"/>
  <xsl:variable name="oid-rolecodenl-organisatie" select="'2.16.840.1.113883.2.4.15.1060'"/>
  <xsl:variable name="oid-behandelbesluit" select="'2.16.840.1.113883.2.4.3.11.60.40.4.25.1'"/>
  <xsl:variable name="oid-wilsverklaringtype" select="'2.16.840.1.113883.2.4.3.11.60.40.4.14.1'"/>

  <!-- The shared data elements (names, phone numbers, references) have
       concept ids under one root that differ only in the last number. -->
  <xsl:variable name="item" select="'2.16.840.1.113883.2.4.3.11.60.121.2.'"/>

  <!-- "2026-11-23 03:31:00.123" as xs:dateTime "2026-11-23T03:31:00" -->
  <xsl:template name="date-time">
    <xsl:param name="value"/>
    <xsl:if test="string($value) != ''">
      <xsl:value-of select="concat(substring($value, 1, 10), 'T', substring($value, 12, 8))"/>
    </xsl:if>
  </xsl:template>

  <!-- Who a zib is about, by BSN.  Without a BSN the model has no number
       that means anything outside this system, so there is no subject. -->
  <xsl:template name="onderwerp">
    <xsl:if test="/izp/child/@bsn">
      <onderwerp conceptId="2.16.840.1.113883.2.4.3.11.999.121.1.1">
        <patient-id conceptId="2.16.840.1.113883.2.4.3.11.999.121.1.2"
                    value="{/izp/child/@bsn}" root="{$oid-bsn}"/>
      </onderwerp>
    </xsl:if>
  </xsl:template>

  <!-- A reference to a part in the same document's references, or, when the
       model knows only that someone took part, "no information" who. -->
  <xsl:template name="reference">
    <xsl:param name="to"/>
    <xsl:param name="known"/>
    <xsl:choose>
      <xsl:when test="$known">
        <xsl:attribute name="value"><xsl:value-of select="$to"/></xsl:attribute>
      </xsl:when>
      <xsl:otherwise>
        <xsl:attribute name="nullFlavor">NI</xsl:attribute>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The model keeps a person's name as one text; the zib needs a family
       name at least, so the whole name goes there, unsplit, rather than
       guessing where given names and prefixes end. -->
  <xsl:template name="naamgegevens">
    <xsl:param name="name"/>
    <xsl:param name="zib"/>
    <xsl:if test="string($name) != ''">
      <xsl:choose>
        <xsl:when test="$zib = 'contactpersoon'">
          <naamgegevens conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.4">
            <geslachtsnaam conceptId="{$item}73">
              <achternaam conceptId="{$item}75" value="{$name}"/>
            </geslachtsnaam>
          </naamgegevens>
        </xsl:when>
        <xsl:otherwise>
          <naamgegevens conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.1.3">
            <geslachtsnaam conceptId="{$item}500">
              <achternaam conceptId="{$item}502" value="{$name}"/>
            </geslachtsnaam>
          </naamgegevens>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- One phone number.  Each zib numbers the parts of a phone number in a
       row (telefoonnummers, telefoonnummer, telecom_type, nummer_soort,
       toelichting), so base is the first of them.  A Dutch 06 number is a
       mobile by the numbering plan; other numbers get no type. -->
  <xsl:template name="telefoonnummers">
    <xsl:param name="number"/>
    <xsl:param name="base"/>
    <xsl:param name="note"/>
    <xsl:variable name="digits" select="translate($number, ' -.()', '')"/>
    <telefoonnummers conceptId="{$item}{$base}">
      <telefoonnummer conceptId="{$item}{$base + 1}" value="{$number}"/>
      <xsl:if test="starts-with($digits, '06') or starts-with($digits, '+316')
                    or starts-with($digits, '00316')">
        <telecom_type conceptId="{$item}{$base + 2}" value="3" code="MC"
                      codeSystem="{$oid-addressuse}" displayName="Mobile Phone"/>
      </xsl:if>
      <xsl:if test="string($note) != ''">
        <toelichting conceptId="{$item}{$base + 4}" value="{$note}"/>
      </xsl:if>
    </telefoonnummers>
  </xsl:template>

  <!-- zib Zorgverlener, for its own registratie or (nested) in another
       zib's references, where the schemas have no place for the
       organisation.  rol is hoofdbehandelaar or casemanager; specialisme is
       huisarts or verpleegkundige. -->
  <xsl:template name="zorgverlener">
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:param name="phone"/>
    <xsl:param name="reachable" select="false()"/>
    <xsl:param name="specialisme"/>
    <xsl:param name="rol"/>
    <xsl:param name="organisation"/>
    <xsl:param name="organisation-type"/>
    <xsl:param name="agb"/>
    <xsl:param name="nested" select="false()"/>
    <xsl:variable name="provider" select="not($nested) and string($organisation) != ''"/>
    <zorgverlener conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.1.1" id="{$id}">
      <xsl:if test="$provider">
        <referenties conceptId="2.16.840.1.113883.2.4.3.11.999.121.1.3">
          <zorgaanbieder conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.2.1" id="{$id}-zorgaanbieder">
            <organisatie_naam conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.2.3" value="{$organisation}"/>
            <xsl:if test="$organisation-type = 'huisartspraktijk'">
              <organisatie_type conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.2.4"
                                value="15" code="Z3" codeSystem="{$oid-rolecodenl-organisatie}"
                                displayName="Huisartspraktijk (zelfstandig of groepspraktijk)"/>
            </xsl:if>
          </zorgaanbieder>
        </referenties>
      </xsl:if>
      <xsl:if test="string($agb) != ''">
        <zorgverlener_identificatienummer conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.1.2"
                                          value="{$agb}" root="{$oid-agb}"/>
      </xsl:if>
      <xsl:call-template name="naamgegevens">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="zib" select="'zorgverlener'"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="$specialisme = 'huisarts'">
          <specialisme conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.1.4" value="4" code="0100"
                       codeSystem="{$oid-agb-specialisme}" displayName="Huisartsen, niet nader gespecificeerd"/>
        </xsl:when>
        <xsl:when test="$specialisme = 'verpleegkundige'">
          <specialisme conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.1.4" value="480" code="9100"
                       codeSystem="{$oid-agb-specialisme}" displayName="Verpleegkundigen, niet nader gespecificeerd"/>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="string($phone) != ''">
        <contactgegevens conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.1.8">
          <xsl:call-template name="telefoonnummers">
            <xsl:with-param name="number" select="$phone"/>
            <xsl:with-param name="base" select="518"/>
            <xsl:with-param name="note">
              <xsl:if test="$reachable">24 uur per dag, 7 dagen per week bereikbaar</xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </contactgegevens>
      </xsl:if>
      <xsl:if test="$provider">
        <zorgaanbieder conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.1.6">
          <zorgaanbieder conceptId="{$item}526" value="{$id}-zorgaanbieder"/>
        </zorgaanbieder>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$rol = 'hoofdbehandelaar'">
          <zorgverlener_rol conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.1.5" value="1" code="RESP"
                            codeSystem="{$oid-participationtype}" displayName="Responsible Party"/>
        </xsl:when>
        <xsl:when test="$rol = 'casemanager'">
          <zorgverlener_rol conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.17.1.5" value="7" code="768832004"
                            codeSystem="{$oid-snomed}" displayName="casemanager"/>
        </xsl:when>
      </xsl:choose>
    </zorgverlener>
  </xsl:template>

  <!-- A parent or guardian with authority is the child's legal
       representative; anyone else recorded is a contact. -->
  <xsl:template name="contactpersoon-rol">
    <xsl:if test="@relation = 'voogd'">
      <rol conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.2" value="9" code="11"
           codeSystem="{$oid-cod472}" displayName="Voogd"/>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="@has-authority = '1'">
        <rol conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.2" value="16" code="24"
             codeSystem="{$oid-cod472}" displayName="Wettelijke vertegenwoordiger"/>
      </xsl:when>
      <xsl:when test="@relation != 'voogd'">
        <rol conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.2" value="15" code="23"
             codeSystem="{$oid-cod472}" displayName="Contactpersoon"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Family relation to the child.  The value set has no plain "parent",
       so "ouder" is Other with the word kept as text; a guardian or other
       contact has no family relation to state. -->
  <xsl:template name="contactpersoon-relatie">
    <xsl:choose>
      <xsl:when test="@relation = 'moeder'">
        <relatie conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.3" value="23" code="MTH"
                 codeSystem="{$oid-rolecode}" displayName="Mother"/>
      </xsl:when>
      <xsl:when test="@relation = 'vader'">
        <relatie conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.3" value="10" code="FTH"
                 codeSystem="{$oid-rolecode}" displayName="Father"/>
      </xsl:when>
      <xsl:when test="@relation = 'ouder'">
        <relatie conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.3" value="35" code="OTH"
                 codeSystem="{$oid-nullflavor}" displayName="Other" originalText="ouder"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Attributes of a coded element. -->
  <xsl:template name="code">
    <xsl:param name="value"/>
    <xsl:param name="code"/>
    <xsl:param name="system"/>
    <xsl:param name="display"/>
    <xsl:param name="text"/>
    <xsl:attribute name="value"><xsl:value-of select="$value"/></xsl:attribute>
    <xsl:attribute name="code"><xsl:value-of select="$code"/></xsl:attribute>
    <xsl:attribute name="codeSystem"><xsl:value-of select="$system"/></xsl:attribute>
    <xsl:attribute name="displayName"><xsl:value-of select="$display"/></xsl:attribute>
    <xsl:if test="string($text) != ''">
      <xsl:attribute name="originalText"><xsl:value-of select="$text"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- BehandelBesluitCodelijst: wel / anders / niet uitvoeren. -->
  <xsl:template name="behandel-besluit-code">
    <xsl:call-template name="code">
      <xsl:with-param name="system" select="$oid-behandelbesluit"/>
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="@decision = 'wel'">1</xsl:when>
          <xsl:when test="@decision = 'anders'">2</xsl:when>
          <xsl:when test="@decision = 'niet'">3</xsl:when>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="code">
        <xsl:choose>
          <xsl:when test="@decision = 'wel'">0</xsl:when>
          <xsl:when test="@decision = 'anders'">1</xsl:when>
          <xsl:when test="@decision = 'niet'">2</xsl:when>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="display">
        <xsl:choose>
          <xsl:when test="@decision = 'wel'">Wel uitvoeren</xsl:when>
          <xsl:when test="@decision = 'anders'">Anders</xsl:when>
          <xsl:when test="@decision = 'niet'">Niet uitvoeren</xsl:when>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- BehandelingCodelijst: the six treatments with a SNOMED CT code.  The
       palliative treatments the IZP adds (fluids, feeding, switching off the
       ICD, palliative sedation) are not in it, so they are Other with their
       name as the original text, as is a treatment typed in. -->
  <xsl:template name="behandeling-code">
    <xsl:variable name="t" select="@treatment"/>
    <xsl:choose>
      <xsl:when test="$t = '305351004' or $t = '89666000' or $t = '40617009'
                      or $t = '116762002' or $t = '281789004' or $t = '32485007'">
        <xsl:call-template name="code">
          <xsl:with-param name="code" select="$t"/>
          <xsl:with-param name="system" select="$oid-snomed"/>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$t = '305351004'">1</xsl:when>
              <xsl:when test="$t = '89666000'">2</xsl:when>
              <xsl:when test="$t = '40617009'">3</xsl:when>
              <xsl:when test="$t = '116762002'">4</xsl:when>
              <xsl:when test="$t = '281789004'">5</xsl:when>
              <xsl:when test="$t = '32485007'">6</xsl:when>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="display">
            <xsl:choose>
              <xsl:when test="$t = '305351004'">opname op intensive care</xsl:when>
              <xsl:when test="$t = '89666000'">cardiopulmonale resuscitatie</xsl:when>
              <xsl:when test="$t = '40617009'">kunstmatige beademing</xsl:when>
              <xsl:when test="$t = '116762002'">toediening van bloedproduct</xsl:when>
              <xsl:when test="$t = '281789004'">antibiotische therapie</xsl:when>
              <xsl:when test="$t = '32485007'">opname in ziekenhuis</xsl:when>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="code">
          <xsl:with-param name="value" select="'7'"/>
          <xsl:with-param name="code" select="'OTH'"/>
          <xsl:with-param name="system" select="$oid-nullflavor"/>
          <xsl:with-param name="display" select="'Other'"/>
          <xsl:with-param name="text">
            <xsl:choose>
              <xsl:when test="$t = 'VOCHT'">Kunstmatige vochttoediening</xsl:when>
              <xsl:when test="$t = 'VOEDING'">Kunstmatige voeding</xsl:when>
              <xsl:when test="$t = 'ICD'">Uitzetten van de ICD</xsl:when>
              <xsl:when test="$t = 'SEDATIE'">Palliatieve sedatie</xsl:when>
              <xsl:otherwise><xsl:value-of select="@treatment-other"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- WilsverklaringTypeCodelijst: the model's kinds are the zib's codes. -->
  <xsl:template name="wilsverklaring-type-code">
    <xsl:variable name="k" select="@kind"/>
    <xsl:choose>
      <xsl:when test="$k = 'OTH'">
        <xsl:call-template name="code">
          <xsl:with-param name="value" select="'11'"/>
          <xsl:with-param name="code" select="'OTH'"/>
          <xsl:with-param name="system" select="$oid-nullflavor"/>
          <xsl:with-param name="display" select="'Other'"/>
          <xsl:with-param name="text" select="@kind-other"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="code">
          <xsl:with-param name="code" select="$k"/>
          <xsl:with-param name="system" select="$oid-wilsverklaringtype"/>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$k = 'NR'">1</xsl:when>
              <xsl:when test="$k = 'VOL'">2</xsl:when>
              <xsl:when test="$k = 'VERB'">3</xsl:when>
              <xsl:when test="$k = 'MON'">5</xsl:when>
              <xsl:when test="$k = 'EU'">6</xsl:when>
              <xsl:when test="$k = 'LW'">8</xsl:when>
              <xsl:when test="$k = 'DO'">9</xsl:when>
              <xsl:when test="$k = 'ZB'">10</xsl:when>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="display">
            <xsl:choose>
              <xsl:when test="$k = 'NR'">Niet reanimeren verklaring</xsl:when>
              <xsl:when test="$k = 'VOL'">Volmacht</xsl:when>
              <xsl:when test="$k = 'VERB'">Behandelverbod</xsl:when>
              <xsl:when test="$k = 'MON'">Mondelinge afspraak</xsl:when>
              <xsl:when test="$k = 'EU'">Euthanasieverzoek</xsl:when>
              <xsl:when test="$k = 'LW'">Levenswensverklaring</xsl:when>
              <xsl:when test="$k = 'DO'">Verklaring donorschap</xsl:when>
              <xsl:when test="$k = 'ZB'">Zelfbindingsverklaring</xsl:when>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
