<?xml version="1.0" encoding="UTF-8"?>
<!--
  Spoedoverzicht: one page for the out-of-hours doctor, and the refusal
  that offers break-the-glass without showing anything of the child.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'emergency']" mode="title">
    <xsl:text>Spoedoverzicht </xsl:text><xsl:apply-templates select="child" mode="name"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'emergency']" mode="content">
    <article class="emergency">
      <xsl:if test="emergency-access">
        <p class="banner banner-glass" role="alert">
          <xsl:text>Noodtoegang, geldig tot </xsl:text>
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="emergency-access/@expires-at"/></xsl:call-template>
          <xsl:text>. Deze inzage is vastgelegd en wordt gecontroleerd.</xsl:text>
        </p>
      </xsl:if>
      <h1>
        <xsl:apply-templates select="child" mode="name"/>
        <xsl:text>, </xsl:text><xsl:apply-templates select="child" mode="age"/>
      </h1>
      <xsl:if test="child/@died-on">
        <p class="banner banner-closed" role="alert">
          <xsl:text>Dit kind is overleden op </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="child/@died-on"/></xsl:call-template>
          <xsl:text>.</xsl:text>
        </p>
      </xsl:if>
      <p class="identity">
        <xsl:text>Geboren </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="value" select="child/@birth-date"/></xsl:call-template>
        <xsl:text> · </xsl:text><xsl:value-of select="child/@diagnosis"/>
        <xsl:if test="child/@address">
          <xsl:text> · woont </xsl:text><xsl:value-of select="child/@address"/>
        </xsl:if>
        <xsl:if test="child/@phone">
          <xsl:text> · thuis </xsl:text><strong><xsl:value-of select="child/@phone"/></strong>
        </xsl:if>
      </p>
      <!-- Which plan, and as of when: a page left open or printed at night
           must show that it may be stale. -->
      <xsl:choose>
        <xsl:when test="plan">
          <p class="plan-state">
            <xsl:text>IZP </xsl:text>
            <xsl:call-template name="plan-status"><xsl:with-param name="status" select="plan/@status"/></xsl:call-template>
            <xsl:text> · stand van </xsl:text>
            <xsl:call-template name="datetime"><xsl:with-param name="value" select="@shown-at"/></xsl:call-template>
            <xsl:text>, </xsl:text>
            <abbr>
              <xsl:attribute name="title"><xsl:call-template name="revision-explained"/></xsl:attribute>
              <xsl:text>revisie </xsl:text><xsl:value-of select="plan/@revision"/>
            </abbr>
            <xsl:text> (laatst gewijzigd </xsl:text>
            <xsl:call-template name="datetime"><xsl:with-param name="value" select="plan/@changed-at"/></xsl:call-template>
            <xsl:text>)</xsl:text>
            <!-- Emergency access opens this page only. -->
            <xsl:choose>
              <xsl:when test="/izp/@door = 'family'">
                <xsl:text> · </xsl:text><a href="{$base}/kind/{child/@id}">Het hele zorgplan</a>
              </xsl:when>
              <xsl:when test="not(/izp/emergency-access)">
                <xsl:text> · </xsl:text><a href="{$base}/izp/{plan/@id}">Het hele IZP</a>
              </xsl:when>
            </xsl:choose>
          </p>
          <xsl:if test="plan/@status = 'concept'">
            <p class="banner banner-missing">Dit IZP is nog een concept: nog niet met iedereen afgestemd.</p>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <p class="banner banner-missing">
            <xsl:text>Dit kind heeft geen open IZP (stand van </xsl:text>
            <xsl:call-template name="datetime"><xsl:with-param name="value" select="@shown-at"/></xsl:call-template>
            <xsl:text>). Hieronder staat wat voor het kind zelf is vastgelegd.</xsl:text>
          </p>
          <xsl:for-each select="closed-plan">
            <p class="banner banner-closed">
              <xsl:text>Het laatste IZP is afgesloten op </xsl:text>
              <xsl:call-template name="date"><xsl:with-param name="value" select="@closed-on"/></xsl:call-template>
              <xsl:text>: </xsl:text>
              <xsl:call-template name="close-reason-label"/>
              <xsl:if test="@close-note"><xsl:value-of select="concat(' (', @close-note, ')')"/></xsl:if>
              <xsl:text>. Stappenplannen en wensen van dat IZP gelden niet meer.</xsl:text>
            </p>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
      <section class="limits-first" id="behandelgrenzen">
        <h2>Behandelgrenzen</h2>
        <xsl:apply-templates select="plan" mode="policy-goal"/>
        <xsl:choose>
          <xsl:when test="limits/limit">
            <xsl:if test="limits/limit[@months-since &gt;= ../@review-months]">
              <p class="banner banner-missing" role="alert">
                <xsl:text>Let op: een of meer behandelgrenzen zijn langer dan </xsl:text>
                <xsl:value-of select="limits/@review-months"/>
                <xsl:text> maanden niet besproken. Controleer ze met de hoofdbehandelaar of de ouders.</xsl:text>
              </p>
            </xsl:if>
            <ul class="limits"><xsl:apply-templates select="limits/limit"/></ul>
          </xsl:when>
          <xsl:otherwise>
            <p class="banner banner-missing" role="alert">Er zijn GEEN behandelgrenzen vastgelegd (zoals
              niet reanimeren). Ga uit van volledig beleid en overleg met de hoofdbehandelaar.</p>
          </xsl:otherwise>
        </xsl:choose>
      </section>
      <section id="bellen">
        <h2>Wie bellen</h2>
        <dl class="contacts">
          <xsl:for-each select="representatives/representative">
            <dt><xsl:call-template name="relation-label"/><xsl:if test="@has-authority = 1"> (gezag)</xsl:if></dt>
            <dd><xsl:value-of select="@name"/> · <strong><xsl:value-of select="@phone"/></strong>
              <xsl:if test="@phone-other"> of <xsl:value-of select="@phone-other"/></xsl:if></dd>
          </xsl:for-each>
          <xsl:if test="not(representatives/representative)">
            <dt>Ouders</dt><dd class="empty">geen vertegenwoordigers vastgelegd</dd>
          </xsl:if>
          <xsl:if test="plan">
            <dt>Hoofdbehandelaar</dt>
            <dd><xsl:value-of select="plan/@hoofdbehandelaar-name"/>
              <xsl:if test="plan/@hoofdbehandelaar-phone"> · <strong><xsl:value-of select="plan/@hoofdbehandelaar-phone"/></strong></xsl:if>
              <xsl:if test="not(plan/@hoofdbehandelaar-confirmed-at)"> (overname nog niet bevestigd)</xsl:if></dd>
            <dt>Casemanager (24/7 voor de ouders)</dt>
            <dd><xsl:value-of select="plan/@casemanager-name"/>
              <xsl:if test="plan/@casemanager-phone"> · <strong><xsl:value-of select="plan/@casemanager-phone"/></strong></xsl:if>
              <xsl:if test="not(plan/@casemanager-confirmed-at)"> (overname nog niet bevestigd)</xsl:if></dd>
          </xsl:if>
          <!-- Each person once: the hoofdbehandelaar, the casemanager, a
               parent or the GP is often a team member too; names compared
               without case and extra spaces. -->
          <xsl:variable name="up" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
          <xsl:variable name="low" select="'abcdefghijklmnopqrstuvwxyz'"/>
          <xsl:for-each select="team/member[@reachable-24-7 = 1]">
            <xsl:variable name="me" select="translate(normalize-space(@name), $up, $low)"/>
            <xsl:if test="not((/izp/plan/@hoofdbehandelaar-name | /izp/plan/@casemanager-name | /izp/child/@gp-name
                               | /izp/representatives/representative/@name
                               | preceding-sibling::member[@reachable-24-7 = 1]/@name)
                              [translate(normalize-space(.), $up, $low) = $me])">
              <dt><xsl:call-template name="team-role"/> (dag en nacht)</dt>
              <dd><xsl:value-of select="@name"/> · <strong><xsl:value-of select="@phone"/></strong></dd>
            </xsl:if>
          </xsl:for-each>
          <dt>Huisarts</dt>
          <xsl:choose>
            <xsl:when test="child/@gp-name or child/@gp-phone">
              <dd><xsl:value-of select="child/@gp-name"/>
                <xsl:if test="child/@gp-phone"><xsl:if test="child/@gp-name"> · </xsl:if><strong><xsl:value-of select="child/@gp-phone"/></strong></xsl:if></dd>
            </xsl:when>
            <xsl:otherwise><dd class="empty">niet vastgelegd</dd></xsl:otherwise>
          </xsl:choose>
          <dt>Huisartsenpost (avond, nacht, weekend)</dt>
          <xsl:choose>
            <xsl:when test="child/@hap-name or child/@hap-phone">
              <dd><xsl:value-of select="child/@hap-name"/>
                <xsl:if test="child/@hap-phone"><xsl:if test="child/@hap-name"> · </xsl:if><strong><xsl:value-of select="child/@hap-phone"/></strong></xsl:if></dd>
            </xsl:when>
            <xsl:otherwise><dd class="empty">niet vastgelegd</dd></xsl:otherwise>
          </xsl:choose>
        </dl>
      </section>
      <section id="crisismedicatie">
        <h2>Crisismedicatie</h2>
        <xsl:call-template name="crisis-medication-list"/>
      </section>
      <xsl:choose>
        <xsl:when test="plan">
          <section id="stappenplannen">
            <h2>Stappenplannen bij een crisis</h2>
            <xsl:choose>
              <xsl:when test="crisis-plans/crisis-plan">
                <ul class="goals"><xsl:apply-templates select="crisis-plans/crisis-plan"/></ul>
              </xsl:when>
              <xsl:otherwise><p class="empty">Geen stappenplannen vastgelegd.</p></xsl:otherwise>
            </xsl:choose>
          </section>
          <section id="volgende-stap">
            <h2>Volgende stap</h2>
            <xsl:call-template name="next-step-line"/>
          </section>
          <section id="wensen">
            <h2>Wensen</h2>
            <dl>
              <dt>Plaats van overlijden</dt>
              <dd><xsl:call-template name="place-wish"><xsl:with-param name="kind" select="'overlijden'"/></xsl:call-template></dd>
              <dt>Plaats van zorg</dt>
              <dd><xsl:call-template name="place-wish"><xsl:with-param name="kind" select="'zorg'"/></xsl:call-template></dd>
            </dl>
          </section>
        </xsl:when>
      </xsl:choose>
      <section id="wilsverklaringen">
        <h2>Wilsverklaringen</h2>
        <xsl:choose>
          <xsl:when test="directives/directive">
            <ul><xsl:apply-templates select="directives/directive"/></ul>
          </xsl:when>
          <xsl:otherwise><p class="empty">Geen wilsverklaringen vastgelegd.</p></xsl:otherwise>
        </xsl:choose>
      </section>
    </article>
  </xsl:template>

  <xsl:template match="izp[@page = 'emergency-break']" mode="title">Noodtoegang</xsl:template>

  <xsl:template match="izp[@page = 'emergency-break']" mode="content">
    <section class="error-page">
      <h1>Geen toegang: noodtoegang mogelijk</h1>
      <p>De familie heeft u geen toegang tot dit IZP gegeven. In een noodsituatie kunt u
        het spoedoverzicht (alleen dat) toch openen. Beschrijf waarom; uw inzage wordt
        vastgelegd en achteraf gecontroleerd door de privacyfunctionaris.</p>
      <xsl:apply-templates select="form"/>
    </section>
  </xsl:template>
</xsl:stylesheet>
