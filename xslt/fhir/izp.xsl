<?xml version="1.0" encoding="UTF-8"?>
<!--
  The IZP as FHIR R4 (XML), after the Dutch ACP guide by IKNL (PZP-FHIR-R4,
  R4/input, profiles under https://fhir.iknl.nl/fhir/StructureDefinition/).

  One stylesheet for the FHIR API (cgi-bin/fhir.c) and the child's Bundle
  (/kinderen/{id}/berichten/fhir): it first builds every resource of the
  child from the plan's model (resources.xsl), each after an internal
  marker x:res that says its type, id, the object it stems from, its
  search keys and the references each _include follows; then it answers what
  /izp/fhir-request asks: a read, a searchset, or the whole collection.
  Errors are an OperationOutcome.  Text is copied as typed; escaping is
  the serializer's.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="http://hl7.org/fhir"
                xmlns:x="urn:izp:fhir-internal"
                xmlns:exsl="http://exslt.org/common"
                exclude-result-prefixes="x exsl">
  <xsl:output method="xml" encoding="UTF-8" indent="yes" media-type="application/fhir+xml"/>

  <xsl:include href="resources.xsl"/>
  <xsl:include href="../common/ventilation.xsl"/>

  <xsl:variable name="request" select="/izp/fhir-request"/>
  <xsl:variable name="base" select="$request/@base"/>

  <xsl:variable name="all-resources">
    <xsl:apply-templates select="/izp/child" mode="res"/>
    <xsl:apply-templates select="/izp/representatives/representative" mode="res"/>
    <xsl:call-template name="practitioners"/>
    <xsl:apply-templates select="/izp/limits/limit" mode="res"/>
    <xsl:apply-templates select="/izp/directives/directive" mode="res"/>
    <xsl:apply-templates select="/izp/plan" mode="res"/>
    <xsl:apply-templates select="/izp/goals/goal" mode="res"/>
    <xsl:apply-templates select="/izp/wishes/wish" mode="res"/>
    <xsl:apply-templates select="/izp/place-wishes/place-wish" mode="res"/>
    <xsl:apply-templates select="/izp/acp-conversations/acp-conversation" mode="res"/>
  </xsl:variable>
  <xsl:variable name="all" select="exsl:node-set($all-resources)/x:res"/>

  <!-- "Type/id" of each resource, space separated, for membership tests. -->
  <xsl:template name="ids">
    <xsl:param name="of"/>
    <xsl:text> </xsl:text>
    <xsl:for-each select="$of">
      <xsl:value-of select="concat(@type, '/', @id, ' ')"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="entry">
    <xsl:param name="mode"/>
    <entry>
      <fullUrl value="{$base}/{@type}/{@id}"/>
      <resource><xsl:copy-of select="following-sibling::*[1]"/></resource>
      <xsl:if test="$mode">
        <search><mode value="{$mode}"/></search>
      </xsl:if>
    </entry>
  </xsl:template>

  <!-- An error of the program, as FHIR says it. -->
  <xsl:template match="/izp[@page = 'error']">
    <xsl:variable name="status" select="error/@status"/>
    <OperationOutcome>
      <issue>
        <severity value="error"/>
        <code>
          <xsl:attribute name="value">
            <xsl:choose>
              <xsl:when test="$status = 400">invalid</xsl:when>
              <xsl:when test="$status = 403">forbidden</xsl:when>
              <xsl:when test="$status = 404">not-found</xsl:when>
              <xsl:when test="$status = 405">not-supported</xsl:when>
              <xsl:when test="$status = 410">deleted</xsl:when>
              <xsl:when test="$status = 503">transient</xsl:when>
              <xsl:otherwise>exception</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </code>
        <diagnostics value="{error}"/>
      </issue>
    </OperationOutcome>
  </xsl:template>

  <xsl:template match="/izp[fhir-request/@type = 'metadata']" priority="2">
    <xsl:call-template name="capability-statement"/>
  </xsl:template>

  <!-- One resource by its id. -->
  <xsl:template match="/izp[fhir-request/@interaction = 'read']">
    <xsl:variable name="found" select="$all[@type = $request/@type][@object = $request/@object][@object-id = $request/@object-id]"/>
    <xsl:copy-of select="$found[1]/following-sibling::*[1]"/>
  </xsl:template>

  <!--
    A search: a resource matches when every parameter has an alternative
    among its keys ("name|system|code", "name|*|code"); _include adds what
    the matches refer to.  The patient was chosen by the program.
  -->
  <xsl:template match="/izp[fhir-request/@interaction = 'search']">
    <xsl:variable name="matched">
      <xsl:for-each select="$all[@type = $request/@type]">
        <xsl:variable name="this" select="."/>
        <xsl:if test="not($request/param[not(value[contains($this/@keys, concat(' ', @key, ' '))])])">
          <xsl:value-of select="concat(@type, '/', @id, ' ')"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="matched-ids" select="concat(' ', $matched)"/>
    <xsl:variable name="matches" select="$all[contains($matched-ids, concat(' ', @type, '/', @id, ' '))]"/>
    <xsl:variable name="included">
      <xsl:text> </xsl:text>
      <xsl:for-each select="$matches/x:refs[@name = $request/include]">
        <xsl:value-of select="concat(@value, ' ')"/>
      </xsl:for-each>
    </xsl:variable>
    <Bundle>
      <type value="searchset"/>
      <total value="{count($matches)}"/>
      <xsl:for-each select="$matches">
        <xsl:call-template name="entry"><xsl:with-param name="mode" select="'match'"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="$all[contains($included, concat(' ', @type, '/', @id, ' '))][not(contains($matched-ids, concat(' ', @type, '/', @id, ' ')))]">
        <xsl:call-template name="entry"><xsl:with-param name="mode" select="'include'"/></xsl:call-template>
      </xsl:for-each>
    </Bundle>
  </xsl:template>

  <!-- The child's whole IZP as one collection, stating its revision and moment. -->
  <xsl:template match="/izp[fhir-request/@interaction = 'collection']">
    <Bundle>
      <meta>
        <extension url="urn:izp:fhir:stand-van">
          <valueString>
            <xsl:attribute name="value">
              <xsl:call-template name="moment"><xsl:with-param name="value" select="(/izp/@at | /izp/@now | /izp/plan/@changed-at)[1]"/></xsl:call-template>
            </xsl:attribute>
          </valueString>
        </extension>
        <xsl:if test="/izp/@at">
          <extension url="urn:izp:fhir:historisch"><valueBoolean value="true"/></extension>
        </xsl:if>
        <xsl:if test="/izp/plan"><versionId value="{/izp/plan/@revision}"/></xsl:if>
      </meta>
      <xsl:if test="/izp/plan">
        <identifier>
          <system value="urn:izp:fhir:izp-revisie"/>
          <value value="{concat('izp-', /izp/plan/@id, '-revisie-', /izp/plan/@revision)}"/>
        </identifier>
      </xsl:if>
      <type value="collection"/>
      <xsl:for-each select="$all">
        <xsl:call-template name="entry"/>
      </xsl:for-each>
    </Bundle>
  </xsl:template>

  <xsl:template name="capability-statement">
    <CapabilityStatement>
      <status value="active"/>
      <date value="2026-11-23"/>
      <kind value="instance"/>
      <implementation>
        <description value="IZP: individueel zorgplan voor kinderen in de palliatieve fase (alleen lezen)"/>
        <url value="{$base}"/>
      </implementation>
      <fhirVersion value="4.0.1"/>
      <format value="xml"/>
      <rest>
        <mode value="server"/>
        <documentation value="Volgt de zoekvragen van de IKNL-implementatiegids Proactieve Zorgplanning (PZP-FHIR-R4), met hun modifiers en ketens: description:in (ACP-MedicalPolicyGoal), reason-reference:Procedure.code, device.type:in. Toegang en NEN 7513-logging als in de rest van het IZP."/>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'Patient'"/>
          <xsl:with-param name="params" select="'identifier'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'Consent'"/>
          <xsl:with-param name="params" select="'patient scope category'"/>
          <xsl:with-param name="includes" select="'Consent:actor'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'Procedure'"/>
          <xsl:with-param name="params" select="'patient code'"/>
          <xsl:with-param name="includes" select="'Procedure:encounter'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'Encounter'"/>
          <xsl:with-param name="params" select="'patient reason-reference'"/>
          <xsl:with-param name="includes" select="'Encounter:reason-reference'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'Goal'"/>
          <xsl:with-param name="params" select="'patient description category'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'Observation'"/>
          <xsl:with-param name="params" select="'patient code'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'Communication'"/>
          <xsl:with-param name="params" select="'patient reason-code'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'DeviceUseStatement'"/>
          <xsl:with-param name="params" select="'patient device'"/>
          <xsl:with-param name="includes" select="'DeviceUseStatement:device'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'CarePlan'"/>
          <xsl:with-param name="params" select="'patient'"/>
          <xsl:with-param name="includes" select="'CarePlan:goal CarePlan:care-team'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'CareTeam'"/>
          <xsl:with-param name="params" select="'patient'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'RelatedPerson'"/>
          <xsl:with-param name="params" select="'patient'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'Practitioner'"/>
        </xsl:call-template>
        <xsl:call-template name="capability-resource">
          <xsl:with-param name="type" select="'PractitionerRole'"/>
        </xsl:call-template>
      </rest>
    </CapabilityStatement>
  </xsl:template>

  <xsl:template name="capability-resource">
    <xsl:param name="type"/>
    <xsl:param name="params"/>
    <xsl:param name="includes"/>
    <resource>
      <type value="{$type}"/>
      <interaction><code value="read"/></interaction>
      <xsl:if test="$params">
        <interaction><code value="search-type"/></interaction>
      </xsl:if>
      <xsl:call-template name="words">
        <xsl:with-param name="list" select="$includes"/>
        <xsl:with-param name="element" select="'searchInclude'"/>
      </xsl:call-template>
      <xsl:call-template name="words">
        <xsl:with-param name="list" select="$params"/>
        <xsl:with-param name="element" select="'searchParam'"/>
      </xsl:call-template>
    </resource>
  </xsl:template>

  <xsl:template name="words">
    <xsl:param name="list"/>
    <xsl:param name="element"/>
    <xsl:if test="normalize-space($list) != ''">
      <xsl:variable name="word" select="substring-before(concat(normalize-space($list), ' '), ' ')"/>
      <xsl:choose>
        <xsl:when test="$element = 'searchParam'">
          <searchParam>
            <name value="{$word}"/>
            <type>
              <xsl:attribute name="value">
                <xsl:choose>
                  <xsl:when test="$word = 'patient' or $word = 'reason-reference' or $word = 'device'">reference</xsl:when>
                  <xsl:otherwise>token</xsl:otherwise>
                </xsl:choose>
              </xsl:attribute>
            </type>
          </searchParam>
        </xsl:when>
        <xsl:otherwise><searchInclude value="{$word}"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="words">
        <xsl:with-param name="list" select="substring-after(normalize-space($list), ' ')"/>
        <xsl:with-param name="element" select="$element"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
