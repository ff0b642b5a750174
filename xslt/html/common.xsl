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
      <!-- The family's door: the child, or a representative by relation. -->
      <xsl:when test="$role = 'kind'">Het kind zelf (gezinstoegang)</xsl:when>
      <xsl:when test="$role = 'moeder' or $role = 'vader' or $role = 'ouder' or $role = 'voogd'">
        <xsl:value-of select="translate(substring($role, 1, 1), 'mvou', 'MVOU')"/><xsl:value-of select="substring($role, 2)"/>
        <xsl:text> (gezinstoegang)</xsl:text>
      </xsl:when>
      <xsl:when test="$role = 'overig'">Vertegenwoordiger (gezinstoegang)</xsl:when>
      <xsl:when test="$role = 'gezin'">Gezinstoegang</xsl:when>
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

  <!-- The 8-week term from registration (else diagnosis) until the first
       IZP is actueel: met, late, or still running, and where it counts
       from. -->
  <xsl:template match="child" mode="term">
    <xsl:variable name="end">
      <xsl:call-template name="date"><xsl:with-param name="value" select="@deadline"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@died-on and not(@first-actueel-on)">
        <xsl:text>Niet meer van toepassing: het kind is overleden op </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="value" select="@died-on"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="@first-actueel-on">
        <xsl:variable name="on">
          <xsl:call-template name="date"><xsl:with-param name="value" select="@first-actueel-on"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="@actueel-days-after-term &gt; 0">
            <span class="flag flag-overdue">Te laat</span>
            <xsl:value-of select="concat(' IZP actueel op ', $on, ', ', @actueel-days-after-term, ' dagen na het einde van de termijn (', $end, ')')"/>
          </xsl:when>
          <xsl:otherwise>
            <span class="flag flag-ok">Op tijd</span>
            <xsl:value-of select="concat(' IZP actueel op ', $on, ', binnen de termijn (tot en met ', $end, ')')"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="@days-left &lt; 0">
        <span class="flag flag-overdue">Te laat</span>
        <xsl:value-of select="concat(' nog geen actueel IZP; de termijn liep af op ', $end, ' (', -@days-left, ' dagen geleden)')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat('Nog geen actueel IZP; uiterlijk ', $end, ' (nog ', @days-left, ' dagen)')"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>. </xsl:text>
    <span class="term-from">
      <xsl:choose>
        <xsl:when test="@registration-date">
          <xsl:text>De termijn telt vanaf de aanmelding bij het </xsl:text>
          <xsl:value-of select="@registration-kind"/>
          <xsl:text> op </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@registration-date"/></xsl:call-template>
          <xsl:text>.</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <xsl:text>Het kind is niet aangemeld bij een KCT of NIK; de termijn telt vanaf de diagnose op </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@diagnosis-date"/></xsl:call-template>
          <xsl:text>.</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- Whether the child took part in a conversation, and why not or in
       which part, for a node with @child-participated. -->
  <xsl:template name="child-participation">
    <xsl:choose>
      <xsl:when test="@child-participated = 'ja'">het kind deed mee</xsl:when>
      <xsl:when test="@child-participated = 'deels'">het kind deed deels mee</xsl:when>
      <xsl:otherwise>het kind deed niet mee</xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@child-absent-reason">
      <xsl:value-of select="concat(' (', @child-absent-reason, ')')"/>
    </xsl:if>
  </xsl:template>

  <!-- What the one number that names a state of the plan means, wherever
       it is shown (plan, spoedoverzicht, printout, history, messages). -->
  <xsl:template name="revision-explained">
    <xsl:text>Elke wijziging in het IZP, in welk onderdeel ook, telt één revisie op; een afdruk of spoedoverzicht met hetzelfde revisienummer toont hetzelfde IZP.</xsl:text>
  </xsl:template>

  <!-- Why a plan was closed, in words. -->
  <xsl:template name="close-reason-label">
    <xsl:param name="reason" select="@close-reason"/>
    <xsl:choose>
      <xsl:when test="$reason = 'overleden'">het kind is overleden</xsl:when>
      <xsl:when test="$reason = 'volwassenenzorg'">overgang naar de volwassenenzorg</xsl:when>
      <xsl:when test="$reason = 'niet_palliatief'">niet langer palliatief</xsl:when>
      <xsl:otherwise>anders</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A child's age as people say it: months under two, else years. -->
  <xsl:template match="child" mode="age">
    <xsl:choose>
      <xsl:when test="@age-months &lt; 1">jonger dan 1 maand</xsl:when>
      <xsl:when test="@age-months = 1">1 maand</xsl:when>
      <xsl:when test="@age-months &lt; 24"><xsl:value-of select="@age-months"/> maanden</xsl:when>
      <xsl:otherwise><xsl:value-of select="@age-years"/> jaar</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The child's card at the top of a child's pages. -->
  <xsl:template match="child" mode="card">
    <section class="child-card">
      <h2><xsl:apply-templates select="." mode="name"/></h2>
      <xsl:if test="@died-on">
        <p class="banner banner-closed">
          <xsl:text>Overleden op </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@died-on"/></xsl:call-template>
        </p>
      </xsl:if>
      <dl>
        <dt>Geboortedatum</dt>
        <dd>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@birth-date"/></xsl:call-template>
          <xsl:text> (</xsl:text><xsl:apply-templates select="." mode="age"/><xsl:text>)</xsl:text>
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
        <dt>8-wekentermijn</dt>
        <dd class="term"><xsl:apply-templates select="." mode="term"/></dd>
        <xsl:if test="@gp-name">
          <dt>Huisarts</dt>
          <dd>
            <xsl:value-of select="@gp-name"/>
            <xsl:if test="@gp-practice">, <xsl:value-of select="@gp-practice"/></xsl:if>
            <xsl:if test="@gp-phone">, tel. <xsl:value-of select="@gp-phone"/></xsl:if>
            <xsl:if test="@gp-agb">, AGB-code <xsl:value-of select="@gp-agb"/></xsl:if>
          </dd>
        </xsl:if>
        <xsl:if test="@hap-name or @hap-phone">
          <dt>Huisartsenpost</dt>
          <dd>
            <xsl:value-of select="@hap-name"/>
            <xsl:if test="@hap-phone"><xsl:if test="@hap-name">, </xsl:if>tel. <xsl:value-of select="@hap-phone"/></xsl:if>
          </dd>
        </xsl:if>
        <xsl:if test="@address or @phone">
          <dt>Adres en telefoon thuis</dt>
          <dd>
            <xsl:value-of select="@address"/>
            <xsl:if test="@phone"><xsl:if test="@address">, </xsl:if>tel. <xsl:value-of select="@phone"/></xsl:if>
          </dd>
        </xsl:if>
        <xsl:if test="@bsn">
          <dt>BSN</dt>
          <dd><xsl:value-of select="@bsn"/></dd>
        </xsl:if>
      </dl>
      <xsl:if test="/izp/session/@role = 'verpleegkundige' or /izp/session/@role = 'kinderarts' or /izp/session/@role = 'casemanager'">
        <p class="card-actions"><a href="{$base}/kinderen/{@id}/gegevens">Huisarts, huisartsenpost of adres wijzigen</a></p>
      </xsl:if>
    </section>
  </xsl:template>
</xsl:stylesheet>
