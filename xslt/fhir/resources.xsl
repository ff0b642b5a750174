<?xml version="1.0" encoding="UTF-8"?>
<!--
  Every FHIR R4 resource of a child's IZP, one template per kind of object
  in the plan's model (mode "res"), after the IKNL ACP guide (R4/input):
    child              Patient            ACP-Patient
    representative     RelatedPerson      ACP-ContactPerson
    user (caregiver)   Practitioner and PractitionerRole (ACP-HealthProfessional-*)
    limit              Consent            ACP-TreatmentDirective (scope treatment)
    directive          Consent            ACP-AdvanceDirective (scope adr)
    plan               CarePlan, CareTeam, and Goal ACP-Medical-Policy-Goal
    goal               Goal (zib Behandeldoel; the guide has no profile)
    wish               Observation        ACP-SpecificCareWishes
    place-wish         Observation        ACP-PreferredPlaceOfDeath, or a
                                          specific care wish (place of care)
    acp-conversation   Procedure          ACP-Procedure, with its Encounter
  Each comes right after its marker x:res: type, id, the object and its id
  (a read), search keys ("name|system|code" and "name|*|code") and, per
  _include, the references it follows.  Treatments and wishes without a code in the
  guide's value sets are "OTH" with their text, as the guide does.
  Extensions of this IZP that no guide defines use "urn:izp:fhir:".
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="http://hl7.org/fhir"
                xmlns:x="urn:izp:fhir-internal"
                xmlns:exsl="http://exslt.org/common"
                exclude-result-prefixes="x exsl">

  <xsl:variable name="profile" select="'https://fhir.iknl.nl/fhir/StructureDefinition/'"/>
  <xsl:variable name="sct" select="'http://snomed.info/sct'"/>
  <xsl:variable name="null-flavor" select="'http://terminology.hl7.org/CodeSystem/v3-NullFlavor'"/>
  <xsl:variable name="role-code" select="'http://terminology.hl7.org/CodeSystem/v3-RoleCode'"/>
  <xsl:variable name="zib-role" select="'urn:oid:2.16.840.1.113883.2.4.3.11.22.472'"/>
  <xsl:variable name="child" select="/izp/child"/>
  <!-- Global: inside a node-set's for-each, "/" is that node-set's root. -->
  <xsl:variable name="users" select="/izp/users/user"/>
  <xsl:variable name="patient" select="concat('Patient/', /izp/child/@id)"/>

  <!-- "2026-11-23 03:31:00.123" as "2026-11-23T03:31:00" -->
  <xsl:template name="moment">
    <xsl:param name="value"/>
    <xsl:value-of select="concat(substring($value, 1, 10), 'T', substring($value, 12, 8))"/>
  </xsl:template>

  <xsl:template name="meta">
    <xsl:param name="name"/>
    <meta>
      <xsl:if test="@version"><versionId value="{@version}"/></xsl:if>
      <xsl:if test="$name"><profile value="{$profile}{$name}"/></xsl:if>
    </meta>
  </xsl:template>

  <xsl:template name="coding">
    <xsl:param name="system"/>
    <xsl:param name="code"/>
    <xsl:param name="display"/>
    <coding>
      <system value="{$system}"/>
      <code value="{$code}"/>
      <xsl:if test="$display"><display value="{$display}"/></xsl:if>
    </coding>
  </xsl:template>

  <xsl:template name="reference">
    <xsl:param name="to"/>
    <xsl:param name="display"/>
    <reference value="{$to}"/>
    <type value="{substring-before($to, '/')}"/>
    <xsl:if test="$display"><display value="{$display}"/></xsl:if>
  </xsl:template>

  <xsl:template name="subject">
    <xsl:param name="element" select="'subject'"/>
    <xsl:element name="{$element}">
      <xsl:call-template name="reference">
        <xsl:with-param name="to" select="$patient"/>
        <xsl:with-param name="display" select="concat($child/@given-name, ' ', $child/@family-name)"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <xsl:template name="note">
    <xsl:param name="text"/>
    <xsl:if test="$text"><note><text value="{$text}"/></note></xsl:if>
  </xsl:template>

  <xsl:template name="comment-extension">
    <xsl:param name="text"/>
    <xsl:if test="$text">
      <extension url="http://nictiz.nl/fhir/StructureDefinition/ext-Comment">
        <valueString value="{$text}"/>
      </extension>
    </xsl:if>
  </xsl:template>

  <!-- A caregiver (a user of this IZP) as the PractitionerRole the guide refers to. -->
  <xsl:template name="caregiver">
    <xsl:param name="element"/>
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <xsl:element name="{$element}">
      <xsl:call-template name="reference">
        <xsl:with-param name="to" select="concat('PractitionerRole/', $id)"/>
        <xsl:with-param name="display" select="$name"/>
      </xsl:call-template>
    </xsl:element>
  </xsl:template>

  <!-- ============================================================ Patient -->
  <xsl:template match="child" mode="res">
    <x:res type="Patient" id="{@id}" object="child" object-id="{@id}" keys=" ">
      <x:refs name="Patient:link" value=""/>
    </x:res>
      <Patient>
        <id value="{@id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-Patient'"/></xsl:call-template>
        <xsl:if test="@bsn">
          <identifier>
            <system value="http://fhir.nl/fhir/NamingSystem/bsn"/>
            <value value="{@bsn}"/>
          </identifier>
        </xsl:if>
        <name>
          <use value="official"/>
          <text value="{concat(@given-name, ' ', @family-name)}"/>
          <family value="{@family-name}"/>
          <given value="{@given-name}"/>
        </name>
        <birthDate value="{@birth-date}"/>
        <xsl:for-each select="/izp/representatives/representative">
          <contact>
            <extension url="http://hl7.org/fhir/StructureDefinition/patient-relatedPerson">
              <valueReference><reference value="RelatedPerson/{@id}"/></valueReference>
            </extension>
            <xsl:call-template name="relationships"/>
            <name><text value="{@name}"/></name>
            <xsl:call-template name="phones"/>
          </contact>
        </xsl:for-each>
        <xsl:if test="@gp-name or @gp-practice">
          <generalPractitioner>
            <xsl:if test="@gp-agb">
              <identifier>
                <system value="http://fhir.nl/fhir/NamingSystem/agb-z"/>
                <value value="{@gp-agb}"/>
              </identifier>
            </xsl:if>
            <display value="{normalize-space(concat(@gp-name, ' ', @gp-practice, ' ', @gp-phone))}"/>
          </generalPractitioner>
        </xsl:if>
      </Patient>
  </xsl:template>

  <!-- Role (legal representative or contact) and family relation, zib codes. -->
  <xsl:template name="relationships">
    <relationship>
      <xsl:choose>
        <xsl:when test="@has-authority = '1'">
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="$zib-role"/>
            <xsl:with-param name="code" select="'24'"/>
            <xsl:with-param name="display" select="'Wettelijke vertegenwoordiger'"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="@relation = 'voogd'">
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="$zib-role"/>
            <xsl:with-param name="code" select="'11'"/>
            <xsl:with-param name="display" select="'Voogd'"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="$zib-role"/>
            <xsl:with-param name="code" select="'23'"/>
            <xsl:with-param name="display" select="'Contactpersoon'"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </relationship>
    <xsl:if test="@relation = 'moeder' or @relation = 'vader' or @relation = 'ouder'">
      <relationship>
        <xsl:call-template name="coding">
          <xsl:with-param name="system" select="$role-code"/>
          <xsl:with-param name="code" select="substring('MTHFTHPRN', 1 + 3 * ((@relation = 'vader') + 2 * (@relation = 'ouder')), 3)"/>
          <xsl:with-param name="display" select="substring('Mother Father Parent', 1 + 7 * ((@relation = 'vader') + 2 * (@relation = 'ouder')), 6)"/>
        </xsl:call-template>
      </relationship>
    </xsl:if>
  </xsl:template>

  <xsl:template name="phones">
    <xsl:if test="@phone">
      <telecom><system value="phone"/><value value="{@phone}"/></telecom>
    </xsl:if>
    <xsl:if test="@phone-other">
      <telecom><system value="phone"/><value value="{@phone-other}"/></telecom>
    </xsl:if>
    <xsl:if test="@email">
      <telecom><system value="email"/><value value="{@email}"/></telecom>
    </xsl:if>
  </xsl:template>

  <!-- ====================================================== RelatedPerson -->
  <xsl:template match="representative" mode="res">
    <x:res type="RelatedPerson" id="{@id}" object="representative" object-id="{@id}" keys=" "/>
      <RelatedPerson>
        <id value="{@id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-ContactPerson'"/></xsl:call-template>
        <xsl:call-template name="subject"><xsl:with-param name="element" select="'patient'"/></xsl:call-template>
        <xsl:call-template name="relationships"/>
        <name><text value="{@name}"/></name>
        <xsl:call-template name="phones"/>
      </RelatedPerson>
  </xsl:template>

  <!-- ===================================== Practitioner, PractitionerRole -->
  <!-- The caregivers the plan names, once each: its roles, who recorded a
       limit or an ACP conversation, goals' responsibles, agreements'
       performers and coordinators, with organisation, role and phone
       from /izp/users (the same in a Bundle, an _include and a read).  Or
       the one user a read asks for. -->
  <xsl:template name="practitioners">
    <xsl:variable name="named">
      <xsl:for-each select="/izp/users/user">
        <x:p id="{@id}" name="{@name}"/>
      </xsl:for-each>
      <xsl:for-each select="/izp/plan">
        <x:p id="{@hoofdbehandelaar-id}" name="{@hoofdbehandelaar-name}"/>
        <x:p id="{@casemanager-id}" name="{@casemanager-name}"/>
        <x:p id="{@drawn-up-by}" name="{@drawn-up-by-name}"/>
      </xsl:for-each>
      <xsl:for-each select="/izp/limits/limit">
        <x:p id="{@created-by}" name="{@created-by-name}"/>
      </xsl:for-each>
      <xsl:for-each select="/izp/acp-conversations/acp-conversation">
        <x:p id="{@created-by}" name="{@created-by-name}"/>
      </xsl:for-each>
      <xsl:for-each select="/izp/goals/goal[@responsible-id]">
        <x:p id="{@responsible-id}" name="{@responsible-name}"/>
      </xsl:for-each>
      <xsl:for-each select="/izp/agreements/agreement[@performer-id]">
        <x:p id="{@performer-id}" name="{@performer-name}"/>
      </xsl:for-each>
      <xsl:for-each select="/izp/agreements/agreement[@coordinator-id]">
        <x:p id="{@coordinator-id}" name="{@coordinator-name}"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:for-each select="exsl:node-set($named)/x:p[@id != ''][not(@id = preceding-sibling::x:p/@id)]">
      <xsl:variable name="user" select="$users[@id = current()/@id]"/>
      <x:res type="Practitioner" id="{@id}" object="user" object-id="{@id}" keys=" "/>
      <Practitioner>
        <id value="{@id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-HealthProfessional-Practitioner'"/></xsl:call-template>
        <name><text value="{@name}"/></name>
        <xsl:if test="$user/@phone">
          <telecom><system value="phone"/><value value="{$user/@phone}"/><use value="work"/></telecom>
        </xsl:if>
      </Practitioner>
      <x:res type="PractitionerRole" id="{@id}" object="user" object-id="{@id}" keys=" "/>
      <PractitionerRole>
        <id value="{@id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-HealthProfessional-PractitionerRole'"/></xsl:call-template>
        <practitioner>
          <xsl:call-template name="reference">
            <xsl:with-param name="to" select="concat('Practitioner/', @id)"/>
            <xsl:with-param name="display" select="@name"/>
          </xsl:call-template>
        </practitioner>
        <xsl:if test="$user/@organisation">
          <organization><display value="{$user/@organisation}"/></organization>
        </xsl:if>
        <xsl:if test="$user/@role">
          <code><text value="{$user/@role}"/></code>
        </xsl:if>
        <xsl:if test="$user/@phone">
          <telecom><system value="phone"/><value value="{$user/@phone}"/><use value="work"/></telecom>
        </xsl:if>
      </PractitionerRole>
    </xsl:for-each>
  </xsl:template>

  <!-- ============================================ Consent: treatment limit -->
  <xsl:template name="treatment-display">
    <xsl:choose>
      <xsl:when test="@treatment = '89666000'">cardiopulmonale resuscitatie</xsl:when>
      <xsl:when test="@treatment = '40617009'">kunstmatige beademing</xsl:when>
      <xsl:when test="@treatment = '305351004'">opname op intensive care</xsl:when>
      <xsl:when test="@treatment = '32485007'">opname in ziekenhuis</xsl:when>
      <xsl:when test="@treatment = '281789004'">antibiotische therapie</xsl:when>
      <xsl:when test="@treatment = '116762002'">toediening van bloedproduct</xsl:when>
      <xsl:when test="@treatment = 'VOCHT'">Kunstmatige vochttoediening</xsl:when>
      <xsl:when test="@treatment = 'VOEDING'">Kunstmatige voeding (sondevoeding)</xsl:when>
      <xsl:when test="@treatment = 'ICD'">Uitzetten van cardioverter-defibrillator in laatste levensfase (verrichting) (SNOMED CT - 400231000146108)</xsl:when>
      <xsl:when test="@treatment = 'SEDATIE'">Palliatieve sedatie</xsl:when>
      <xsl:otherwise><xsl:value-of select="@treatment-other"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="limit" mode="res">
    <xsl:variable name="caregiver" select="@party-caregiver = '1' and @created-by"/>
    <x:res type="Consent" id="limit-{@id}" object="treatment_limit" object-id="{@id}"
           keys=" scope|http://terminology.hl7.org/CodeSystem/consentscope|treatment scope|*|treatment category|http://snomed.info/sct|129125009 category|*|129125009 ">
      <x:refs name="Consent:actor">
        <xsl:attribute name="value">
          <xsl:if test="@party-child = '1'"><xsl:value-of select="concat($patient, ' ')"/></xsl:if>
          <xsl:if test="@party-parents = '1'">
            <xsl:for-each select="/izp/representatives/representative[@has-authority = '1']">
              <xsl:value-of select="concat('RelatedPerson/', @id, ' ')"/>
            </xsl:for-each>
          </xsl:if>
          <xsl:if test="$caregiver"><xsl:value-of select="concat('PractitionerRole/', @created-by)"/></xsl:if>
        </xsl:attribute>
      </x:refs>
    </x:res>
      <Consent>
        <id value="limit-{@id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-TreatmentDirective'"/></xsl:call-template>
        <xsl:call-template name="comment-extension"><xsl:with-param name="text" select="@comment"/></xsl:call-template>
        <xsl:if test="@decision = 'anders'">
          <modifierExtension url="http://nictiz.nl/fhir/StructureDefinition/ext-TreatmentDirective2.SpecificationOther">
            <valueString value="{@decision-detail}"/>
          </modifierExtension>
        </xsl:if>
        <status value="active"/>
        <scope>
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="'http://terminology.hl7.org/CodeSystem/consentscope'"/>
            <xsl:with-param name="code" select="'treatment'"/>
          </xsl:call-template>
        </scope>
        <category>
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="$sct"/>
            <xsl:with-param name="code" select="'129125009'"/>
          </xsl:call-template>
        </category>
        <xsl:call-template name="subject"><xsl:with-param name="element" select="'patient'"/></xsl:call-template>
        <dateTime value="{@discussed-on}"/>
        <xsl:if test="@directive-id and /izp/directives/directive[@id = current()/@directive-id]">
          <sourceReference>
            <xsl:call-template name="reference">
              <xsl:with-param name="to" select="concat('Consent/directive-', @directive-id)"/>
            </xsl:call-template>
          </sourceReference>
        </xsl:if>
        <policy><uri value="https://wetten.overheid.nl/"/></policy>
        <xsl:if test="@verified-with">
          <verification>
            <verified value="true"/>
            <xsl:choose>
              <xsl:when test="@verified-with = '116154003'">
                <xsl:call-template name="subject"><xsl:with-param name="element" select="'verifiedWith'"/></xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <verifiedWith>
                  <display>
                    <xsl:attribute name="value">
                      <xsl:choose>
                        <xsl:when test="@verified-with = '40683002'">Ouder</xsl:when>
                        <xsl:when test="@verified-with = '394619001'">Voogd</xsl:when>
                        <xsl:otherwise>Gevolmachtigde</xsl:otherwise>
                      </xsl:choose>
                    </xsl:attribute>
                  </display>
                </verifiedWith>
              </xsl:otherwise>
            </xsl:choose>
            <verificationDate value="{@verified-on}"/>
          </verification>
        </xsl:if>
        <provision>
          <xsl:choose>
            <xsl:when test="@decision = 'wel'"><type value="permit"/></xsl:when>
            <xsl:when test="@decision = 'niet'"><type value="deny"/></xsl:when>
          </xsl:choose>
          <xsl:if test="@party-child = '1'">
            <xsl:call-template name="consenter">
              <xsl:with-param name="to" select="$patient"/>
              <xsl:with-param name="display" select="concat($child/@given-name, ' ', $child/@family-name)"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="@party-parents = '1'">
            <xsl:for-each select="/izp/representatives/representative[@has-authority = '1']">
              <xsl:call-template name="consenter">
                <xsl:with-param name="to" select="concat('RelatedPerson/', @id)"/>
                <xsl:with-param name="display" select="@name"/>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:if test="not(/izp/representatives/representative[@has-authority = '1'])">
              <actor>
                <xsl:call-template name="consenter-role"/>
                <reference><display value="Ouders (niet als vertegenwoordiger vastgelegd)"/></reference>
              </actor>
            </xsl:if>
          </xsl:if>
          <xsl:if test="$caregiver">
            <xsl:call-template name="consenter">
              <xsl:with-param name="to" select="concat('PractitionerRole/', @created-by)"/>
              <xsl:with-param name="display" select="@created-by-name"/>
            </xsl:call-template>
          </xsl:if>
          <code>
            <xsl:choose>
              <xsl:when test="translate(@treatment, '0123456789', '') = ''">
                <xsl:call-template name="coding">
                  <xsl:with-param name="system" select="$sct"/>
                  <xsl:with-param name="code" select="@treatment"/>
                  <xsl:with-param name="display"><xsl:call-template name="treatment-display"/></xsl:with-param>
                </xsl:call-template>
                <xsl:if test="@ventilation-scope">
                  <text><xsl:attribute name="value"><xsl:call-template name="ventilation-text"/></xsl:attribute></text>
                </xsl:if>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="coding">
                  <xsl:with-param name="system" select="$null-flavor"/>
                  <xsl:with-param name="code" select="'OTH'"/>
                </xsl:call-template>
                <!-- The guide's text names this SNOMED code; a receiver can match it. -->
                <xsl:if test="@treatment = 'ICD'">
                  <xsl:call-template name="coding">
                    <xsl:with-param name="system" select="$sct"/>
                    <xsl:with-param name="code" select="'400231000146108'"/>
                    <xsl:with-param name="display" select="'uitzetten van cardioverter-defibrillator in laatste levensfase'"/>
                  </xsl:call-template>
                </xsl:if>
                <text><xsl:attribute name="value"><xsl:call-template name="treatment-display"/></xsl:attribute></text>
              </xsl:otherwise>
            </xsl:choose>
          </code>
        </provision>
      </Consent>
  </xsl:template>

  <xsl:template name="consenter-role">
    <role>
      <xsl:call-template name="coding">
        <xsl:with-param name="system" select="$role-code"/>
        <xsl:with-param name="code" select="'CONSENTER'"/>
      </xsl:call-template>
    </role>
  </xsl:template>

  <xsl:template name="consenter">
    <xsl:param name="to"/>
    <xsl:param name="display"/>
    <actor>
      <xsl:call-template name="consenter-role"/>
      <reference>
        <xsl:call-template name="reference">
          <xsl:with-param name="to" select="$to"/>
          <xsl:with-param name="display" select="$display"/>
        </xsl:call-template>
      </reference>
    </actor>
  </xsl:template>

  <!-- ========================================= Consent: advance directive -->
  <xsl:template match="directive" mode="res">
    <x:res type="Consent" id="directive-{@id}" object="advance_directive" object-id="{@id}"
           keys=" scope|http://terminology.hl7.org/CodeSystem/consentscope|adr scope|*|adr category|http://terminology.hl7.org/CodeSystem/consentcategorycodes|acd category|*|acd ">
      <x:refs name="Consent:actor" value=""/>
    </x:res>
      <Consent>
        <id value="directive-{@id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-AdvanceDirective'"/></xsl:call-template>
        <xsl:call-template name="comment-extension"><xsl:with-param name="text" select="@comment"/></xsl:call-template>
        <status value="active"/>
        <scope>
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="'http://terminology.hl7.org/CodeSystem/consentscope'"/>
            <xsl:with-param name="code" select="'adr'"/>
          </xsl:call-template>
        </scope>
        <category>
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="'http://terminology.hl7.org/CodeSystem/consentcategorycodes'"/>
            <xsl:with-param name="code" select="'acd'"/>
          </xsl:call-template>
        </category>
        <xsl:call-template name="subject"><xsl:with-param name="element" select="'patient'"/></xsl:call-template>
        <xsl:if test="@signed-on"><dateTime value="{@signed-on}"/></xsl:if>
        <xsl:if test="@document">
          <sourceAttachment><title value="{@document}"/></sourceAttachment>
        </xsl:if>
        <policy><uri value="https://wetten.overheid.nl/"/></policy>
        <provision>
          <xsl:if test="@representative">
            <actor>
              <role>
                <xsl:call-template name="coding">
                  <xsl:with-param name="system" select="$role-code"/>
                  <xsl:with-param name="code" select="'RESPRSN'"/>
                </xsl:call-template>
              </role>
              <reference><display value="{@representative}"/></reference>
            </actor>
          </xsl:if>
          <code>
            <xsl:choose>
              <xsl:when test="@kind = 'OTH'">
                <xsl:call-template name="coding">
                  <xsl:with-param name="system" select="$null-flavor"/>
                  <xsl:with-param name="code" select="'OTH'"/>
                </xsl:call-template>
                <text value="{@kind-other}"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="coding">
                  <xsl:with-param name="system" select="'urn:oid:2.16.840.1.113883.2.4.3.11.60.40.4.14.1'"/>
                  <xsl:with-param name="code" select="@kind"/>
                  <xsl:with-param name="display">
                    <xsl:choose>
                      <xsl:when test="@kind = 'NR'">Niet reanimeren verklaring</xsl:when>
                      <xsl:when test="@kind = 'VOL'">Volmacht</xsl:when>
                      <xsl:when test="@kind = 'VERB'">Behandelverbod</xsl:when>
                      <xsl:when test="@kind = 'MON'">Mondelinge afspraak</xsl:when>
                      <xsl:when test="@kind = 'EU'">Euthanasieverzoek</xsl:when>
                      <xsl:when test="@kind = 'LW'">Levenswensverklaring</xsl:when>
                      <xsl:when test="@kind = 'DO'">Verklaring donorschap</xsl:when>
                      <xsl:when test="@kind = 'ZB'">Zelfbindingsverklaring</xsl:when>
                    </xsl:choose>
                  </xsl:with-param>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </code>
        </provision>
      </Consent>
  </xsl:template>

  <!-- ==================================== CarePlan, CareTeam, policy Goal -->
  <xsl:template match="plan" mode="res">
    <xsl:variable name="plan" select="."/>
    <x:res type="CarePlan" id="{@id}" object="care_plan" object-id="{@id}" keys=" ">
      <x:refs name="CarePlan:care-team" value="CareTeam/{@id}"/>
      <x:refs name="CarePlan:goal">
        <xsl:attribute name="value">
          <xsl:if test="@policy-goal"><xsl:value-of select="concat('Goal/policy-', @id, ' ')"/></xsl:if>
          <xsl:for-each select="/izp/goals/goal"><xsl:value-of select="concat('Goal/goal-', @id, ' ')"/></xsl:for-each>
        </xsl:attribute>
      </x:refs>
    </x:res>
      <CarePlan>
        <id value="{@id}"/>
        <xsl:call-template name="meta"/>
        <identifier>
          <system value="urn:izp:fhir:izp"/>
          <value value="{@id}"/>
        </identifier>
        <status>
          <xsl:attribute name="value">
            <xsl:choose>
              <xsl:when test="@status = 'concept'">draft</xsl:when>
              <xsl:when test="@status = 'actueel'">active</xsl:when>
              <xsl:otherwise>completed</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </status>
        <intent value="plan"/>
        <title value="Individueel Zorgplan (IZP)"/>
        <xsl:call-template name="subject"/>
        <period>
          <start value="{substring((@activated-at | @created-at)[last()], 1, 10)}"/>
          <xsl:if test="@closed-on"><end value="{@closed-on}"/></xsl:if>
        </period>
        <created value="{substring(@created-at, 1, 10)}"/>
        <xsl:call-template name="caregiver">
          <xsl:with-param name="element" select="'author'"/>
          <xsl:with-param name="id" select="@drawn-up-by"/>
          <xsl:with-param name="name" select="@drawn-up-by-name"/>
        </xsl:call-template>
        <careTeam><reference value="CareTeam/{@id}"/><type value="CareTeam"/></careTeam>
        <xsl:if test="@policy-goal">
          <goal><reference value="Goal/policy-{@id}"/><type value="Goal"/></goal>
        </xsl:if>
        <xsl:for-each select="/izp/goals/goal">
          <goal><reference value="Goal/goal-{@id}"/><type value="Goal"/></goal>
        </xsl:for-each>
        <xsl:apply-templates select="/izp/agreements/agreement" mode="activity"/>
        <xsl:if test="@close-note"><note><text value="{@close-note}"/></note></xsl:if>
      </CarePlan>
    <x:res type="CareTeam" id="{@id}" object="care_plan" object-id="{@id}" keys=" "/>
      <CareTeam>
        <id value="{@id}"/>
        <xsl:call-template name="meta"/>
        <status>
          <xsl:attribute name="value">
            <xsl:choose>
              <xsl:when test="@status = 'afgesloten'">inactive</xsl:when>
              <xsl:otherwise>active</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </status>
        <name value="Behandelteam"/>
        <xsl:call-template name="subject"/>
        <xsl:call-template name="team-participant">
          <xsl:with-param name="role" select="'Hoofdbehandelaar'"/>
          <xsl:with-param name="id" select="@hoofdbehandelaar-id"/>
          <xsl:with-param name="name" select="@hoofdbehandelaar-name"/>
        </xsl:call-template>
        <xsl:call-template name="team-participant">
          <xsl:with-param name="role" select="'Casemanager'"/>
          <xsl:with-param name="id" select="@casemanager-id"/>
          <xsl:with-param name="name" select="@casemanager-name"/>
        </xsl:call-template>
        <xsl:for-each select="/izp/team/member">
          <participant>
            <role><text value="{@role}"/></role>
            <member>
              <display value="{normalize-space(concat(@name, ' ', @organisation, ' ', @phone))}"/>
            </member>
          </participant>
        </xsl:for-each>
        <xsl:if test="/izp/team/member[@reachable-24-7 = '1']">
          <note>
            <text>
              <xsl:attribute name="value">
                <xsl:text>Dag en nacht bereikbaar: </xsl:text>
                <xsl:for-each select="/izp/team/member[@reachable-24-7 = '1']">
                  <xsl:if test="position() &gt; 1">; </xsl:if>
                  <xsl:value-of select="concat(@name, ' ', @phone)"/>
                </xsl:for-each>
              </xsl:attribute>
            </text>
          </note>
        </xsl:if>
      </CareTeam>
    <xsl:if test="@policy-goal">
      <xsl:variable name="code" select="substring-before(substring-after(' curatief:385987000 levensverlengend:1351964001 symptoomgericht:713148004 onbekend:UNK ', concat(' ', @policy-goal, ':')), ' ')"/>
      <xsl:variable name="description-keys">
        <xsl:choose>
          <xsl:when test="$code = 'UNK'">description|http://terminology.hl7.org/CodeSystem/v3-NullFlavor|UNK description|*|UNK </xsl:when>
          <xsl:otherwise><xsl:value-of select="concat('description|http://snomed.info/sct|', $code, ' description|*|', $code, ' ')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <x:res type="Goal" id="policy-{@id}" object="care_plan" object-id="{@id}"
             keys=" description:in|*|https://fhir.iknl.nl/fhir/ValueSet/ACP-MedicalPolicyGoal category|http://snomed.info/sct|713603004 category|*|713603004 {$description-keys}"/>
        <Goal>
          <id value="policy-{@id}"/>
          <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-Medical-Policy-Goal'"/></xsl:call-template>
          <lifecycleStatus>
            <xsl:attribute name="value">
              <xsl:choose>
                <xsl:when test="@status = 'afgesloten'">completed</xsl:when>
                <xsl:otherwise>active</xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
          </lifecycleStatus>
          <category>
            <xsl:call-template name="coding">
              <xsl:with-param name="system" select="$sct"/>
              <xsl:with-param name="code" select="'713603004'"/>
              <xsl:with-param name="display" select="'advance care planning'"/>
            </xsl:call-template>
          </category>
          <description>
            <xsl:choose>
              <xsl:when test="@policy-goal = 'curatief'">
                <xsl:call-template name="coding">
                  <xsl:with-param name="system" select="$sct"/>
                  <xsl:with-param name="code" select="'385987000'"/>
                  <xsl:with-param name="display" select="'zorg bij ziekte en/of letsel'"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:when test="@policy-goal = 'levensverlengend'">
                <xsl:call-template name="coding">
                  <xsl:with-param name="system" select="$sct"/>
                  <xsl:with-param name="code" select="'1351964001'"/>
                  <xsl:with-param name="display" select="'levensverlengende behandeling'"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:when test="@policy-goal = 'symptoomgericht'">
                <xsl:call-template name="coding">
                  <xsl:with-param name="system" select="$sct"/>
                  <xsl:with-param name="code" select="'713148004'"/>
                  <xsl:with-param name="display" select="'voorkomen en behandelen van symptomen'"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="coding">
                  <xsl:with-param name="system" select="$null-flavor"/>
                  <xsl:with-param name="code" select="'UNK'"/>
                  <xsl:with-param name="display" select="'Nog onbekend'"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </description>
          <xsl:call-template name="subject"/>
          <startDate value="{@policy-goal-on}"/>
          <statusDate value="{@policy-goal-on}"/>
          <xsl:call-template name="caregiver">
            <xsl:with-param name="element" select="'expressedBy'"/>
            <xsl:with-param name="id" select="@hoofdbehandelaar-id"/>
            <xsl:with-param name="name" select="@hoofdbehandelaar-name"/>
          </xsl:call-template>
          <xsl:call-template name="note"><xsl:with-param name="text" select="@policy-goal-note"/></xsl:call-template>
        </Goal>
    </xsl:if>
  </xsl:template>

  <xsl:template name="team-participant">
    <xsl:param name="role"/>
    <xsl:param name="id"/>
    <xsl:param name="name"/>
    <participant>
      <role><text value="{$role}"/></role>
      <xsl:call-template name="caregiver">
        <xsl:with-param name="element" select="'member'"/>
        <xsl:with-param name="id" select="$id"/>
        <xsl:with-param name="name" select="$name"/>
      </xsl:call-template>
    </participant>
  </xsl:template>

  <!-- An agreement (zib ZorgAfspraak) as an activity of the CarePlan: the
       parties and the coordinator have no element there, so they are
       extensions of this IZP on the detail. -->
  <xsl:template match="agreement" mode="activity">
    <activity>
      <detail>
        <xsl:if test="@party-child = '1'">
          <extension url="urn:izp:fhir:afspraakpartij">
            <valueReference><reference value="{$patient}"/><type value="Patient"/></valueReference>
          </extension>
        </xsl:if>
        <xsl:if test="@party-parents = '1'">
          <xsl:for-each select="/izp/representatives/representative[@has-authority = '1']">
            <extension url="urn:izp:fhir:afspraakpartij">
              <valueReference><reference value="RelatedPerson/{@id}"/><type value="RelatedPerson"/><display value="{@name}"/></valueReference>
            </extension>
          </xsl:for-each>
          <xsl:if test="not(/izp/representatives/representative[@has-authority = '1'])">
            <extension url="urn:izp:fhir:afspraakpartij">
              <valueReference><display value="Ouders"/></valueReference>
            </extension>
          </xsl:if>
        </xsl:if>
        <xsl:if test="@party-caregivers = '1'">
          <extension url="urn:izp:fhir:afspraakpartij">
            <valueReference><display value="Zorgverleners"/></valueReference>
          </extension>
        </xsl:if>
        <xsl:if test="@coordinator-id">
          <extension url="urn:izp:fhir:coordinator">
            <valueReference>
              <xsl:call-template name="reference">
                <xsl:with-param name="to" select="concat('PractitionerRole/', @coordinator-id)"/>
                <xsl:with-param name="display" select="@coordinator-name"/>
              </xsl:call-template>
            </valueReference>
          </extension>
        </xsl:if>
        <xsl:if test="@problem">
          <reasonCode><text value="{@problem}"/></reasonCode>
        </xsl:if>
        <xsl:if test="@goal-id">
          <goal><reference value="Goal/goal-{@goal-id}"/><type value="Goal"/></goal>
        </xsl:if>
        <status>
          <xsl:attribute name="value">
            <xsl:choose>
              <xsl:when test="@status = 'actief'">in-progress</xsl:when>
              <xsl:otherwise>completed</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </status>
        <xsl:if test="@start-date or @end-date">
          <scheduledPeriod>
            <xsl:if test="@start-date"><start value="{@start-date}"/></xsl:if>
            <xsl:if test="@end-date or @closed-on"><end value="{(@closed-on | @end-date)[1]}"/></xsl:if>
          </scheduledPeriod>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="@performer = 'zorgverlener' and @performer-id">
            <xsl:call-template name="caregiver">
              <xsl:with-param name="element" select="'performer'"/>
              <xsl:with-param name="id" select="@performer-id"/>
              <xsl:with-param name="name" select="@performer-name"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="@performer = 'kind'">
            <xsl:call-template name="subject"><xsl:with-param name="element" select="'performer'"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="@performer = 'ouders'">
            <performer><display value="Ouders"/></performer>
          </xsl:when>
          <!-- A team member who is not a user: named, without a resource. -->
          <xsl:when test="@performer = 'teamlid'">
            <performer><display value="{@performer-name}"/></performer>
          </xsl:when>
        </xsl:choose>
        <description value="{@activity}"/>
      </detail>
    </activity>
  </xsl:template>

  <!-- ================================================= Goal: Behandeldoel -->
  <xsl:template match="goal" mode="res">
    <x:res type="Goal" id="goal-{@id}" object="goal" object-id="{@id}" keys=" "/>
      <Goal>
        <id value="goal-{@id}"/>
        <xsl:call-template name="meta"/>
        <lifecycleStatus>
          <xsl:attribute name="value">
            <xsl:choose>
              <xsl:when test="@status = 'actief'">active</xsl:when>
              <xsl:when test="@status = 'niet_meer_relevant'">cancelled</xsl:when>
              <xsl:otherwise>completed</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </lifecycleStatus>
        <xsl:if test="@status = 'bereikt' or @status = 'niet_bereikt'">
          <achievementStatus>
            <xsl:call-template name="coding">
              <xsl:with-param name="system" select="'http://terminology.hl7.org/CodeSystem/goal-achievement'"/>
              <xsl:with-param name="code" select="substring('achieved    not-achieved', 1 + 12 * (@status = 'niet_bereikt'), 12)"/>
            </xsl:call-template>
          </achievementStatus>
        </xsl:if>
        <category><text value="{@dimension}"/></category>
        <description><text value="{@description}"/></description>
        <xsl:call-template name="subject"/>
        <xsl:if test="@target-date">
          <target><dueDate value="{@target-date}"/></target>
        </xsl:if>
        <xsl:if test="@closed-on"><statusDate value="{@closed-on}"/></xsl:if>
        <xsl:if test="@close-comment"><statusReason value="{@close-comment}"/></xsl:if>
        <xsl:if test="@serves"><note><text value="Draagt bij aan: {@serves}"/></note></xsl:if>
        <xsl:if test="@responsible-id">
          <note><text value="Verantwoordelijk: {@responsible-name}"/></note>
        </xsl:if>
      </Goal>
  </xsl:template>

  <!-- ========================================== Observation: care wishes -->
  <xsl:template name="care-wish">
    <xsl:param name="id"/>
    <xsl:param name="object"/>
    <xsl:param name="text"/>
    <xsl:param name="date"/>
    <x:res type="Observation" id="{$id}" object="{$object}" object-id="{@id}"
           keys=" code|http://snomed.info/sct|153851000146100 code|*|153851000146100 "/>
      <Observation>
        <id value="{$id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-SpecificCareWishes'"/></xsl:call-template>
        <status value="final"/>
        <code>
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="$sct"/>
            <xsl:with-param name="code" select="'153851000146100'"/>
          </xsl:call-template>
        </code>
        <xsl:call-template name="subject"/>
        <xsl:if test="$date"><effectiveDateTime value="{$date}"/></xsl:if>
        <valueString value="{$text}"/>
        <method>
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="$sct"/>
            <xsl:with-param name="code" select="'370819000'"/>
          </xsl:call-template>
        </method>
      </Observation>
  </xsl:template>

  <xsl:template match="wish" mode="res">
    <xsl:call-template name="care-wish">
      <xsl:with-param name="id" select="concat('wish-', @id)"/>
      <xsl:with-param name="object" select="'wish'"/>
      <xsl:with-param name="text" select="@description"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="place-label">
    <xsl:choose>
      <xsl:when test="@place = 'anders'"><xsl:value-of select="@place-other"/></xsl:when>
      <xsl:when test="@place = 'onbekend'">nog onbekend</xsl:when>
      <xsl:otherwise><xsl:value-of select="@place"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where to be cared for has no code in the guide: a specific care wish. -->
  <xsl:template match="place-wish[@kind = 'zorg']" mode="res">
    <xsl:call-template name="care-wish">
      <xsl:with-param name="id" select="concat('place-', @id)"/>
      <xsl:with-param name="object" select="'place_wish'"/>
      <xsl:with-param name="date" select="@discussed-on"/>
      <xsl:with-param name="text">
        <xsl:text>Gewenste plaats van zorg: </xsl:text>
        <xsl:call-template name="place-label"/>
        <xsl:if test="@note"><xsl:value-of select="concat('. ', @note)"/></xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="place-wish[@kind = 'overlijden']" mode="res">
    <x:res type="Observation" id="place-{@id}" object="place_wish" object-id="{@id}"
           keys=" code|http://snomed.info/sct|395091006 code|*|395091006 "/>
      <Observation>
        <id value="place-{@id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-PreferredPlaceOfDeath'"/></xsl:call-template>
        <status value="final"/>
        <code>
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="$sct"/>
            <xsl:with-param name="code" select="'395091006'"/>
          </xsl:call-template>
        </code>
        <xsl:call-template name="subject"/>
        <xsl:if test="@discussed-on"><effectiveDateTime value="{@discussed-on}"/></xsl:if>
        <valueCodeableConcept>
          <xsl:choose>
            <xsl:when test="@place = 'thuis'">
              <xsl:call-template name="coding">
                <xsl:with-param name="system" select="$sct"/><xsl:with-param name="code" select="'264362003'"/><xsl:with-param name="display" select="'Thuis'"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="@place = 'ziekenhuis'">
              <xsl:call-template name="coding">
                <xsl:with-param name="system" select="$sct"/><xsl:with-param name="code" select="'22232009'"/><xsl:with-param name="display" select="'Ziekenhuis'"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="@place = 'hospice'">
              <xsl:call-template name="coding">
                <xsl:with-param name="system" select="$sct"/><xsl:with-param name="code" select="'284546000'"/><xsl:with-param name="display" select="'Hospice'"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="@place = 'onbekend'">
              <xsl:call-template name="coding">
                <xsl:with-param name="system" select="$null-flavor"/><xsl:with-param name="code" select="'UNK'"/><xsl:with-param name="display" select="'Nog onbekend'"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="coding">
                <xsl:with-param name="system" select="$null-flavor"/><xsl:with-param name="code" select="'OTH'"/><xsl:with-param name="display" select="'Anders'"/>
              </xsl:call-template>
              <text><xsl:attribute name="value"><xsl:call-template name="place-label"/></xsl:attribute></text>
            </xsl:otherwise>
          </xsl:choose>
        </valueCodeableConcept>
        <xsl:call-template name="note"><xsl:with-param name="text" select="@note"/></xsl:call-template>
      </Observation>
  </xsl:template>

  <!-- ============================================ Procedure and Encounter -->
  <xsl:template match="acp-conversation" mode="res">
    <x:res type="Procedure" id="acp-{@id}" object="acp_conversation" object-id="{@id}"
           keys=" code|http://snomed.info/sct|713603004 code|*|713603004 ">
      <x:refs name="Procedure:encounter" value="Encounter/acp-{@id}"/>
    </x:res>
      <Procedure>
        <id value="acp-{@id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-Procedure'"/></xsl:call-template>
        <status value="completed"/>
        <code>
          <xsl:call-template name="coding">
            <xsl:with-param name="system" select="$sct"/>
            <xsl:with-param name="code" select="'713603004'"/>
            <xsl:with-param name="display" select="'Advance care planning (procedure)'"/>
          </xsl:call-template>
        </code>
        <xsl:call-template name="subject"/>
        <encounter><reference value="Encounter/acp-{@id}"/><type value="Encounter"/></encounter>
        <performedPeriod><start value="{@held-on}"/><end value="{@held-on}"/></performedPeriod>
        <xsl:if test="@created-by">
          <performer>
            <xsl:call-template name="caregiver">
              <xsl:with-param name="element" select="'actor'"/>
              <xsl:with-param name="id" select="@created-by"/>
              <xsl:with-param name="name" select="@created-by-name"/>
            </xsl:call-template>
          </performer>
        </xsl:if>
        <note><text value="{@summary}"/></note>
        <xsl:if test="@outcome"><note><text value="Uitkomst: {@outcome}"/></note></xsl:if>
      </Procedure>
    <x:res type="Encounter" id="acp-{@id}" object="acp_conversation" object-id="{@id}"
           keys=" reason-reference:Procedure.code|http://snomed.info/sct|713603004 reason-reference:Procedure.code|*|713603004 ">
      <x:refs name="Encounter:reason-reference" value="Procedure/acp-{@id}"/>
    </x:res>
      <Encounter>
        <id value="acp-{@id}"/>
        <xsl:call-template name="meta"><xsl:with-param name="name" select="'ACP-Encounter'"/></xsl:call-template>
        <status value="finished"/>
        <class>
          <system value="http://terminology.hl7.org/CodeSystem/v3-ActCode"/>
          <code value="AMB"/>
          <display value="ambulatory"/>
        </class>
        <!-- The guide: a subject means the patient took part. -->
        <xsl:if test="@child-participated != 'nee'"><xsl:call-template name="subject"/></xsl:if>
        <xsl:if test="@created-by">
          <participant>
            <xsl:call-template name="caregiver">
              <xsl:with-param name="element" select="'individual'"/>
              <xsl:with-param name="id" select="@created-by"/>
              <xsl:with-param name="name" select="@created-by-name"/>
            </xsl:call-template>
          </participant>
        </xsl:if>
        <participant><individual><display value="Aanwezig: {@present}"/></individual></participant>
        <period><start value="{@held-on}"/><end value="{@held-on}"/></period>
        <reasonReference><reference value="Procedure/acp-{@id}"/><type value="Procedure"/></reasonReference>
      </Encounter>
  </xsl:template>
</xsl:stylesheet>
