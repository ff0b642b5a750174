<?xml version="1.0" encoding="UTF-8"?>
<!--
  A child's IZP as zib 2020 documents in Nictiz's ADA XML form, for systems
  that take zibs rather than the NHG message: the plan's XML model (the same
  as the overview's) in, one <adaxml> out whose registraties each validate on
  their own against the unchanged schemas in
  shared/standards/nictiz-ada-zib2020/.

  What the zibs have no element for is left out rather than squeezed into a
  free-text field; text is copied as typed (value-of and attribute values
  only).  Codes are the ones the schemas' enumerations list: the schema's
  ordinal in value, the code, its code system and the schema's display name.
  The code lists and the parts every zib shares (names, phone numbers,
  references) are in izp-parts.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="izp-parts.xsl"/>
  <xsl:include href="../common/ventilation.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- The moment the document reflects: the historic moment asked for, else
       the plan's last change. -->
  <xsl:variable name="moment">
    <xsl:call-template name="date-time">
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="/izp/@at"><xsl:value-of select="/izp/@at"/></xsl:when>
          <xsl:when test="/izp/plan"><xsl:value-of select="/izp/plan/@changed-at"/></xsl:when>
          <!-- A child without a plan: its own parts, as they are now. -->
          <xsl:otherwise><xsl:value-of select="/izp/@now"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:variable>

  <!-- "Parents" as a party: the representatives with authority; when none
       has it, whoever is recorded as a contact. -->
  <xsl:variable name="parent-party"
                select="/izp/representatives/representative[@has-authority = '1']
                      | /izp/representatives/representative[not(../representative[@has-authority = '1'])]"/>

  <xsl:template match="/">
    <xsl:apply-templates select="izp"/>
  </xsl:template>

  <!-- Every registratie is always there, empty when nothing is recorded
       (each schema allows none), so a receiver can tell "none recorded"
       from "not sent". -->
  <xsl:template match="/izp">
    <adaxml>
      <meta status="new" created-by="IZP" last-update-by="IZP"
            creation-date="{$moment}" last-update-date="{$moment}">
        <xsl:if test="plan/@revision">
          <xsl:attribute name="revision"><xsl:value-of select="plan/@revision"/></xsl:attribute>
        </xsl:if>
        <xsl:if test="@at"><xsl:attribute name="historic">true</xsl:attribute></xsl:if>
      </meta>
      <data>
        <patient_registratie>
          <xsl:call-template name="registratie">
            <xsl:with-param name="form" select="'patient'"/>
            <xsl:with-param name="transaction" select="'2.16.840.1.113883.2.4.3.11.60.121.4.2.0.1'"/>
            <xsl:with-param name="title" select="'patiënt'"/>
          </xsl:call-template>
          <xsl:apply-templates select="child" mode="patient">
            <xsl:with-param name="id" select="concat('patient-', child/@id)"/>
          </xsl:apply-templates>
        </patient_registratie>

        <contactpersoon_registratie>
          <xsl:call-template name="registratie">
            <xsl:with-param name="form" select="'contactpersoon'"/>
            <xsl:with-param name="transaction" select="'2.16.840.1.113883.2.4.3.11.60.121.4.2.3.1'"/>
            <xsl:with-param name="title" select="'contactpersonen'"/>
          </xsl:call-template>
          <xsl:apply-templates select="representatives/representative" mode="contactpersoon">
            <xsl:with-param name="prefix" select="''"/>
            <xsl:with-param name="subject" select="true()"/>
          </xsl:apply-templates>
        </contactpersoon_registratie>

        <zorgverlener_registratie>
          <xsl:call-template name="registratie">
            <xsl:with-param name="form" select="'zorgverlener'"/>
            <xsl:with-param name="transaction" select="'2.16.840.1.113883.2.4.3.11.60.121.4.2.17.1'"/>
            <xsl:with-param name="title" select="'zorgverleners'"/>
          </xsl:call-template>
          <xsl:apply-templates select="plan" mode="zorgverleners"/>
          <xsl:apply-templates select="child[@gp-name or @gp-practice or @gp-phone]" mode="huisarts"/>
          <xsl:apply-templates select="team/member" mode="zorgverlener"/>
        </zorgverlener_registratie>

        <behandel_aanwijzing2_registratie>
          <xsl:call-template name="registratie">
            <xsl:with-param name="form" select="'behandel_aanwijzing2'"/>
            <xsl:with-param name="transaction" select="'2.16.840.1.113883.2.4.3.11.60.121.4.2.2.2'"/>
            <xsl:with-param name="title" select="'behandelaanwijzingen'"/>
          </xsl:call-template>
          <xsl:apply-templates select="limits/limit"/>
        </behandel_aanwijzing2_registratie>

        <wilsverklaring_registratie>
          <xsl:call-template name="registratie">
            <xsl:with-param name="form" select="'wilsverklaring'"/>
            <xsl:with-param name="transaction" select="'2.16.840.1.113883.2.4.3.11.60.121.4.2.7.15'"/>
            <xsl:with-param name="title" select="'wilsverklaringen'"/>
          </xsl:call-template>
          <xsl:apply-templates select="directives/directive">
            <xsl:with-param name="prefix" select="''"/>
            <xsl:with-param name="subject" select="true()"/>
          </xsl:apply-templates>
        </wilsverklaring_registratie>

        <behandeldoel_registratie>
          <xsl:call-template name="registratie">
            <xsl:with-param name="form" select="'behandeldoel'"/>
            <xsl:with-param name="transaction" select="'2.16.840.1.113883.2.4.3.11.60.121.4.2.13.5'"/>
            <xsl:with-param name="title" select="'behandeldoelen'"/>
          </xsl:call-template>
          <xsl:apply-templates select="goals/goal"/>
        </behandeldoel_registratie>

        <zorg_afspraak_registratie>
          <xsl:call-template name="registratie">
            <xsl:with-param name="form" select="'zorg_afspraak'"/>
            <xsl:with-param name="transaction" select="'2.16.840.1.113883.2.4.3.11.60.121.4.2.16.2'"/>
            <xsl:with-param name="title" select="'zorgafspraken'"/>
          </xsl:call-template>
          <xsl:apply-templates select="agreements/agreement"/>
        </zorg_afspraak_registratie>
      </data>
    </adaxml>
  </xsl:template>

  <!-- The ADA header every registratie carries.  The values are those of
       Nictiz's own zib 2020 ADA instances; the transaction is the one each
       schema names in its documentation. -->
  <xsl:template name="registratie">
    <xsl:param name="form"/>
    <xsl:param name="transaction"/>
    <xsl:param name="title"/>
    <xsl:attribute name="app">zib2020-nl</xsl:attribute>
    <xsl:attribute name="shortName"><xsl:value-of select="concat($form, '_registratie')"/></xsl:attribute>
    <xsl:attribute name="formName"><xsl:value-of select="$form"/></xsl:attribute>
    <xsl:attribute name="transactionRef"><xsl:value-of select="$transaction"/></xsl:attribute>
    <xsl:attribute name="transactionEffectiveDate">2020-09-01T00:00:00</xsl:attribute>
    <xsl:attribute name="prefix">zib2017-</xsl:attribute>
    <xsl:attribute name="language">nl-NL</xsl:attribute>
    <xsl:attribute name="title">
      <xsl:choose>
        <xsl:when test="/izp/plan"><xsl:value-of select="concat('IZP ', /izp/plan/@id)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat('Kind ', /izp/child/@id)"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="/izp/plan/@revision">
        <xsl:value-of select="concat(' revisie ', /izp/plan/@revision)"/>
      </xsl:if>
      <xsl:value-of select="concat(': ', $title)"/>
    </xsl:attribute>
    <xsl:attribute name="id">
      <xsl:choose>
        <xsl:when test="/izp/plan"><xsl:value-of select="concat('izp-', /izp/plan/@id, '-')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat('kind-', /izp/child/@id, '-')"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="/izp/plan/@revision">
        <xsl:value-of select="concat('r', /izp/plan/@revision, '-')"/>
      </xsl:if>
      <xsl:value-of select="$form"/>
    </xsl:attribute>
  </xsl:template>

  <!-- zib Patient: the child.  Names as registered (the model keeps the
       family name whole, prefixes included). -->
  <xsl:template match="child" mode="patient">
    <xsl:param name="id"/>
    <patient conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.0.1.1" id="{$id}">
      <naamgegevens conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.0.1.6">
        <xsl:if test="@given-name">
          <voornamen conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.287" value="{@given-name}"/>
        </xsl:if>
        <xsl:if test="@family-name">
          <geslachtsnaam conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.291">
            <achternaam conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.293" value="{@family-name}"/>
          </geslachtsnaam>
        </xsl:if>
      </naamgegevens>
      <xsl:if test="@bsn">
        <identificatienummer conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.0.1.7"
                             value="{@bsn}" root="{$oid-bsn}"/>
      </xsl:if>
      <xsl:if test="@birth-date">
        <geboortedatum conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.0.1.10" value="{@birth-date}"/>
      </xsl:if>
    </patient>
  </xsl:template>

  <!-- zib Contactpersoon: a parent, guardian or other contact of the child.
       The same contact appears in its own registratie and, under a prefixed
       id, in the references of each limit or agreement it is a party to. -->
  <xsl:template match="representative" mode="contactpersoon">
    <xsl:param name="prefix"/>
    <xsl:param name="subject" select="false()"/>
    <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.1"
                    id="{concat($prefix, 'contactpersoon-', @id)}">
      <xsl:if test="$subject">
        <xsl:call-template name="onderwerp"/>
      </xsl:if>
      <xsl:call-template name="naamgegevens">
        <xsl:with-param name="name" select="@name"/>
        <xsl:with-param name="zib" select="'contactpersoon'"/>
      </xsl:call-template>
      <xsl:if test="@phone or @phone-other or @email">
        <contactgegevens conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.6">
          <xsl:for-each select="@phone | @phone-other">
            <xsl:call-template name="telefoonnummers">
              <xsl:with-param name="number" select="."/>
              <xsl:with-param name="base" select="80"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:if test="@email">
            <email_adressen conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.85">
              <email_adres conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.86" value="{@email}"/>
            </email_adressen>
          </xsl:if>
        </contactgegevens>
      </xsl:if>
      <xsl:call-template name="contactpersoon-rol"/>
      <xsl:call-template name="contactpersoon-relatie"/>
    </contactpersoon>
  </xsl:template>

  <!-- zib Zorgverlener: the plan's hoofdbehandelaar and casemanager.  One
       entry per role, as the zib's role is 0..1, even when one person holds
       both. -->
  <xsl:template match="plan" mode="zorgverleners">
    <xsl:call-template name="zorgverlener">
      <xsl:with-param name="id" select="concat('zorgverlener-hoofdbehandelaar-', @hoofdbehandelaar-id)"/>
      <xsl:with-param name="name" select="@hoofdbehandelaar-name"/>
      <xsl:with-param name="phone" select="@hoofdbehandelaar-phone"/>
      <xsl:with-param name="rol" select="'hoofdbehandelaar'"/>
    </xsl:call-template>
    <xsl:call-template name="zorgverlener">
      <xsl:with-param name="id" select="concat('zorgverlener-casemanager-', @casemanager-id)"/>
      <xsl:with-param name="name" select="@casemanager-name"/>
      <xsl:with-param name="phone" select="@casemanager-phone"/>
      <xsl:with-param name="rol" select="'casemanager'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The child's GP, with the practice as the zorgaanbieder. -->
  <xsl:template match="child" mode="huisarts">
    <xsl:call-template name="zorgverlener">
      <xsl:with-param name="id" select="'zorgverlener-huisarts'"/>
      <xsl:with-param name="name" select="@gp-name"/>
      <xsl:with-param name="phone" select="@gp-phone"/>
      <xsl:with-param name="specialisme" select="'huisarts'"/>
      <xsl:with-param name="organisation" select="@gp-practice"/>
      <xsl:with-param name="organisation-type" select="'huisartspraktijk'"/>
      <xsl:with-param name="agb" select="@gp-agb"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A member of the treatment team.  Their tasks have no zib element;
       being reachable day and night is said with their phone number. -->
  <xsl:template match="member" mode="zorgverlener">
    <xsl:call-template name="zorgverlener">
      <xsl:with-param name="id" select="concat('zorgverlener-team-', @id)"/>
      <xsl:with-param name="name" select="@name"/>
      <xsl:with-param name="phone" select="@phone"/>
      <xsl:with-param name="reachable" select="@reachable-24-7 = '1'"/>
      <xsl:with-param name="organisation" select="@organisation"/>
      <xsl:with-param name="specialisme">
        <xsl:choose>
          <xsl:when test="@role = 'huisarts'">huisarts</xsl:when>
          <xsl:when test="@role = 'kinderverpleegkundige'">verpleegkundige</xsl:when>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="rol">
        <xsl:if test="@role = 'hoofdbehandelaar' or @role = 'casemanager'">
          <xsl:value-of select="@role"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- zib BehandelAanwijzing2: one treatment limit.  Everyone it points to
       (the patient, the parents, the caregiver who recorded it, the advance
       directive) is in its own references, so it stands on its own. -->
  <xsl:template match="limit">
    <xsl:variable name="prefix" select="concat('ba', @id, '-')"/>
    <xsl:variable name="directive" select="/izp/directives/directive[@id = current()/@directive-id]"/>
    <xsl:variable name="child" select="/izp/child[current()/@party-child = '1']"/>
    <xsl:variable name="parents" select="$parent-party[current()/@party-parents = '1']"/>
    <xsl:variable name="caregiver" select="@created-by-name[current()/@party-caregiver = '1']"/>
    <behandel_aanwijzing conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.1">
      <xsl:call-template name="onderwerp"/>
      <xsl:if test="$directive or $child or $parents or $caregiver">
        <referenties conceptId="2.16.840.1.113883.2.4.3.11.999.121.1.3">
          <xsl:apply-templates select="$directive">
            <xsl:with-param name="prefix" select="$prefix"/>
          </xsl:apply-templates>
          <xsl:apply-templates select="$child" mode="patient">
            <xsl:with-param name="id" select="concat($prefix, 'patient-', $child/@id)"/>
          </xsl:apply-templates>
          <xsl:apply-templates select="$parents" mode="contactpersoon">
            <xsl:with-param name="prefix" select="$prefix"/>
          </xsl:apply-templates>
          <xsl:apply-templates select="$directive/@representative" mode="contactpersoon">
            <xsl:with-param name="prefix" select="$prefix"/>
          </xsl:apply-templates>
          <xsl:if test="$caregiver">
            <xsl:call-template name="zorgverlener">
              <xsl:with-param name="id" select="concat($prefix, 'zorgverlener-vastlegger')"/>
              <xsl:with-param name="name" select="$caregiver"/>
              <xsl:with-param name="nested" select="true()"/>
            </xsl:call-template>
          </xsl:if>
        </referenties>
      </xsl:if>
      <behandel_besluit conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.2">
        <xsl:call-template name="behandel-besluit-code"/>
      </behandel_besluit>
      <behandeling conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.3">
        <xsl:call-template name="behandeling-code"/>
        <!-- "Beademing" alone could stop a child's home ventilation. -->
        <xsl:if test="@ventilation-scope">
          <xsl:attribute name="originalText">
            <xsl:call-template name="ventilation-text"/>
          </xsl:attribute>
        </xsl:if>
      </behandeling>
      <xsl:if test="@decision-detail">
        <specificatie_anders conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.4" value="{@decision-detail}"/>
      </xsl:if>
      <meest_recente_bespreekdatum conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.5" value="{@discussed-on}"/>
      <xsl:if test="@ended-on">
        <datum_beeindigd conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.6" value="{@ended-on}"/>
      </xsl:if>
      <xsl:if test="@end-reason">
        <reden_beeindigd conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.7" value="{@end-reason}"/>
      </xsl:if>
      <xsl:if test="$directive">
        <wilsverklaring conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.8">
          <wilsverklaring conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.19"
                          value="{concat($prefix, 'wilsverklaring-', $directive/@id)}"/>
        </wilsverklaring>
      </xsl:if>
      <!-- One agreement party per person, as in Nictiz's examples. -->
      <xsl:if test="@party-child = '1'">
        <afspraak_partij conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.9">
          <patient conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.10">
            <patient conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.20">
              <xsl:call-template name="reference">
                <xsl:with-param name="to" select="concat($prefix, 'patient-', $child/@id)"/>
                <xsl:with-param name="known" select="$child"/>
              </xsl:call-template>
            </patient>
          </patient>
        </afspraak_partij>
      </xsl:if>
      <xsl:if test="@party-parents = '1'">
        <xsl:for-each select="$parents">
          <xsl:call-template name="vertegenwoordiger-partij">
            <xsl:with-param name="to" select="concat($prefix, 'contactpersoon-', @id)"/>
          </xsl:call-template>
        </xsl:for-each>
        <!-- Parents agreed but none is recorded: say a representative
             agreed, without saying who. -->
        <xsl:if test="not($parents)">
          <xsl:call-template name="vertegenwoordiger-partij"/>
        </xsl:if>
      </xsl:if>
      <xsl:if test="@party-caregiver = '1'">
        <afspraak_partij conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.9">
          <zorgverlener conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.12">
            <zorgverlener conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.22">
              <xsl:call-template name="reference">
                <xsl:with-param name="to" select="concat($prefix, 'zorgverlener-vastlegger')"/>
                <xsl:with-param name="known" select="$caregiver"/>
              </xsl:call-template>
            </zorgverlener>
          </zorgverlener>
        </afspraak_partij>
      </xsl:if>
      <xsl:if test="@comment">
        <toelichting conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.13" value="{@comment}"/>
      </xsl:if>
    </behandel_aanwijzing>
  </xsl:template>

  <xsl:template name="vertegenwoordiger-partij">
    <xsl:param name="to"/>
    <afspraak_partij conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.9">
      <vertegenwoordiger conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.2.2.11">
        <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.21">
          <xsl:call-template name="reference">
            <xsl:with-param name="to" select="$to"/>
            <xsl:with-param name="known" select="$to != ''"/>
          </xsl:call-template>
        </contactpersoon>
      </vertegenwoordiger>
    </afspraak_partij>
  </xsl:template>

  <!-- zib Wilsverklaring: an advance directive, in its own registratie or in
       the references of a limit that rests on it.  The model names its
       representative as text, not as one of the recorded representatives,
       so that name becomes a contact of its own. -->
  <xsl:template match="directive">
    <xsl:param name="prefix"/>
    <xsl:param name="subject" select="false()"/>
    <xsl:variable name="id" select="concat($prefix, 'wilsverklaring-', @id)"/>
    <wilsverklaring conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.7.15.1" id="{$id}">
      <xsl:if test="$subject">
        <xsl:call-template name="onderwerp"/>
        <xsl:if test="@representative">
          <referenties conceptId="2.16.840.1.113883.2.4.3.11.999.121.1.3">
            <xsl:apply-templates select="@representative" mode="contactpersoon">
              <xsl:with-param name="prefix" select="$prefix"/>
            </xsl:apply-templates>
          </referenties>
        </xsl:if>
      </xsl:if>
      <wilsverklaring_type conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.7.15.2">
        <xsl:call-template name="wilsverklaring-type-code"/>
      </wilsverklaring_type>
      <wilsverklaring_datum conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.7.15.7" value="{@signed-on}"/>
      <xsl:if test="@representative">
        <vertegenwoordiger conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.7.15.3">
          <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.444"
                          value="{concat($id, '-vertegenwoordiger')}"/>
        </vertegenwoordiger>
      </xsl:if>
      <xsl:if test="@comment">
        <toelichting conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.7.15.6" value="{@comment}"/>
      </xsl:if>
    </wilsverklaring>
  </xsl:template>

  <!-- The directive's representative, known by name only. -->
  <xsl:template match="directive/@representative" mode="contactpersoon">
    <xsl:param name="prefix"/>
    <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.3.1.1"
                    id="{concat($prefix, 'wilsverklaring-', ../@id, '-vertegenwoordiger')}">
      <xsl:call-template name="naamgegevens">
        <xsl:with-param name="name" select="."/>
        <xsl:with-param name="zib" select="'contactpersoon'"/>
      </xsl:call-template>
    </contactpersoon>
  </xsl:template>

  <!-- zib Behandeldoel: the goal in the family's words.  The zib has only
       the desired result (and links to a health state or problem), so the
       goal's status, target date and responsible person stay behind. -->
  <xsl:template match="goal">
    <behandeldoel conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.13.5.1" id="{concat('behandeldoel-', @id)}">
      <xsl:call-template name="onderwerp"/>
      <gewenst_zorgresultaat conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.13.5.5" value="{@description}"/>
    </behandeldoel>
  </xsl:template>

  <!-- zib ZorgAfspraak: one care agreement with who agreed, who carries it
       out and who coordinates it. -->
  <xsl:template match="agreement">
    <xsl:variable name="prefix" select="concat('za', @id, '-')"/>
    <xsl:variable name="child"
                  select="/izp/child[current()/@party-child = '1' or current()/@performer = 'kind']"/>
    <xsl:variable name="parents"
                  select="$parent-party[current()/@party-parents = '1' or current()/@performer = 'ouders']"/>
    <xsl:variable name="performer" select="@performer-name[../@performer = 'zorgverlener' or ../@performer = 'teamlid']"/>
    <!-- The coordinator is the performer's entry when it is the same name. -->
    <xsl:variable name="coordinator" select="@coordinator-name[not(. = $performer)]"/>
    <xsl:variable name="coordinator-id">
      <xsl:choose>
        <xsl:when test="@coordinator-name and @coordinator-name = $performer">
          <xsl:value-of select="concat($prefix, 'zorgverlener-uitvoerder')"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="concat($prefix, 'zorgverlener-coordinator')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <zorg_afspraak conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.1">
      <xsl:call-template name="onderwerp"/>
      <xsl:if test="$child or $parents or $performer or $coordinator or @problem">
        <referenties conceptId="2.16.840.1.113883.2.4.3.11.999.121.1.3">
          <xsl:apply-templates select="$child" mode="patient">
            <xsl:with-param name="id" select="concat($prefix, 'patient-', $child/@id)"/>
          </xsl:apply-templates>
          <xsl:apply-templates select="$parents" mode="contactpersoon">
            <xsl:with-param name="prefix" select="$prefix"/>
          </xsl:apply-templates>
          <xsl:if test="$performer">
            <xsl:call-template name="zorgverlener">
              <xsl:with-param name="id" select="concat($prefix, 'zorgverlener-uitvoerder')"/>
              <xsl:with-param name="name" select="$performer"/>
              <xsl:with-param name="nested" select="true()"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="$coordinator">
            <xsl:call-template name="zorgverlener">
              <xsl:with-param name="id" select="$coordinator-id"/>
              <xsl:with-param name="name" select="$coordinator"/>
              <xsl:with-param name="nested" select="true()"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="@problem">
            <probleem conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.5.1.1" id="{concat($prefix, 'probleem')}">
              <!-- The problem is typed text: an uncoded problem name. -->
              <probleem_naam conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.5.1.3"
                             code="OTH" codeSystem="{$oid-nullflavor}" displayName="Other"
                             originalText="{@problem}"/>
            </probleem>
          </xsl:if>
        </referenties>
      </xsl:if>
      <begin_datum conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.16" value="{@start-date}"/>
      <xsl:call-template name="agreement-end"/>
      <xsl:if test="@party-child = '1'">
        <afspraak_partijen conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.3">
          <patient conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.4">
            <patient conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.483">
              <xsl:call-template name="reference">
                <xsl:with-param name="to" select="concat($prefix, 'patient-', $child/@id)"/>
                <xsl:with-param name="known" select="$child"/>
              </xsl:call-template>
            </patient>
          </patient>
        </afspraak_partijen>
      </xsl:if>
      <xsl:if test="@party-parents = '1'">
        <xsl:for-each select="$parents">
          <xsl:call-template name="contactpersoon-partij">
            <xsl:with-param name="to" select="concat($prefix, 'contactpersoon-', @id)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:if test="not($parents)">
          <xsl:call-template name="contactpersoon-partij"/>
        </xsl:if>
      </xsl:if>
      <!-- The model does not say which caregivers agreed. -->
      <xsl:if test="@party-caregivers = '1'">
        <afspraak_partijen conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.3">
          <zorgverlener conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.2">
            <zorgverlener conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.485" nullFlavor="NI"/>
          </zorgverlener>
        </afspraak_partijen>
      </xsl:if>
      <uitvoerder conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.6">
        <xsl:choose>
          <xsl:when test="@performer = 'kind'">
            <patient conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.7">
              <patient conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.486"
                       value="{concat($prefix, 'patient-', $child/@id)}"/>
            </patient>
          </xsl:when>
          <xsl:when test="@performer = 'ouders'">
            <xsl:for-each select="$parents">
              <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.8">
                <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.487"
                                value="{concat($prefix, 'contactpersoon-', @id)}"/>
              </contactpersoon>
            </xsl:for-each>
            <xsl:if test="not($parents)">
              <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.8">
                <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.487" nullFlavor="NI"/>
              </contactpersoon>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <zorgverlener conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.9">
              <zorgverlener conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.488">
                <xsl:call-template name="reference">
                  <xsl:with-param name="to" select="concat($prefix, 'zorgverlener-uitvoerder')"/>
                  <xsl:with-param name="known" select="$performer"/>
                </xsl:call-template>
              </zorgverlener>
            </zorgverlener>
          </xsl:otherwise>
        </xsl:choose>
      </uitvoerder>
      <xsl:if test="@coordinator-name">
        <coordinator conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.10">
          <zorgverlener conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.489" value="{$coordinator-id}"/>
        </coordinator>
      </xsl:if>
      <activiteit conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.11" value="{@activity}"/>
      <xsl:if test="@problem">
        <probleem conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.13">
          <probleem conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.490" value="{concat($prefix, 'probleem')}"/>
        </probleem>
      </xsl:if>
    </zorg_afspraak>
  </xsl:template>

  <xsl:template name="contactpersoon-partij">
    <xsl:param name="to"/>
    <afspraak_partijen conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.3">
      <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.5">
        <contactpersoon conceptId="2.16.840.1.113883.2.4.3.11.60.121.2.484">
          <xsl:call-template name="reference">
            <xsl:with-param name="to" select="$to"/>
            <xsl:with-param name="known" select="$to != ''"/>
          </xsl:call-template>
        </contactpersoon>
      </contactpersoon>
    </afspraak_partijen>
  </xsl:template>

  <!-- The zib has no status, so a closed agreement must say through its end
       date that it no longer runs: the day it was closed, when that is
       before the planned end. -->
  <xsl:template name="agreement-end">
    <xsl:variable name="closed" select="@closed-on[../@status = 'afgesloten']"/>
    <xsl:variable name="end">
      <xsl:choose>
        <xsl:when test="$closed and (not(@end-date)
                        or translate($closed, '-', '') &lt; translate(@end-date, '-', ''))">
          <xsl:value-of select="$closed"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="@end-date"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:if test="$end != ''">
      <eind_datum conceptId="2.16.840.1.113883.2.4.3.11.60.40.1.16.2.15" value="{$end}"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
