<?xml version="1.0" encoding="UTF-8"?>
<!--
  The palliative content of the IZP: treatment limits, the next step, crisis
  step plans, wishes for the place of care and of death, representatives and
  advance directives; their forms, ending them, and the worklists.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Labels for the codes (zib BehandelAanwijzing2, Wilsverklaring). -->
  <xsl:template name="treatment-label">
    <xsl:param name="code" select="@treatment"/>
    <xsl:param name="other" select="@treatment-other"/>
    <xsl:choose>
      <xsl:when test="$code = '89666000'">Reanimatie</xsl:when>
      <xsl:when test="$code = '40617009'">Beademing</xsl:when>
      <xsl:when test="$code = '305351004'">Opname op de intensive care</xsl:when>
      <xsl:when test="$code = '32485007'">Opname in het ziekenhuis</xsl:when>
      <xsl:when test="$code = '281789004'">Antibiotica</xsl:when>
      <xsl:when test="$code = '116762002'">Bloedtransfusie</xsl:when>
      <xsl:when test="$code = 'VOCHT'">Kunstmatig vocht</xsl:when>
      <xsl:when test="$code = 'VOEDING'">Kunstmatige voeding</xsl:when>
      <xsl:when test="$code = 'ICD'">ICD uitschakelen</xsl:when>
      <xsl:when test="$code = 'SEDATIE'">Palliatieve sedatie</xsl:when>
      <xsl:otherwise><xsl:value-of select="$other"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "NIET reanimeren", "WEL naar de intensive care"...: the decision in
       capitals, read in seconds by an ambulance crew, so never ambiguous:
       ventilation says which, and "anders" says what. -->
  <xsl:template name="limit-headline">
    <xsl:choose>
      <xsl:when test="@decision = 'niet'">NIET </xsl:when>
      <xsl:when test="@decision = 'wel'">WEL </xsl:when>
      <xsl:otherwise>ANDERS: </xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="@treatment = '89666000'">reanimeren</xsl:when>
      <xsl:when test="@treatment = '40617009'"><xsl:call-template name="ventilation-headline"/></xsl:when>
      <xsl:when test="@treatment = '305351004'">naar de intensive care</xsl:when>
      <xsl:when test="@treatment = '32485007'">opnemen in het ziekenhuis</xsl:when>
      <xsl:when test="@treatment = '281789004'">antibiotica</xsl:when>
      <xsl:when test="@treatment = '116762002'">bloedtransfusie</xsl:when>
      <xsl:when test="@treatment = 'VOCHT'">kunstmatig vocht</xsl:when>
      <xsl:when test="@treatment = 'VOEDING'">kunstmatige voeding</xsl:when>
      <xsl:when test="@treatment = 'ICD'">ICD uitschakelen</xsl:when>
      <xsl:when test="@treatment = 'SEDATIE'">palliatieve sedatie</xsl:when>
      <xsl:otherwise><xsl:value-of select="@treatment-other"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@decision = 'anders' and @decision-detail">
      <xsl:text>: </xsl:text><xsl:value-of select="@decision-detail"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ventilation-scope-label">
    <xsl:choose>
      <xsl:when test="@ventilation-scope = 'invasief'">invasief, via tube of tracheacanule</xsl:when>
      <xsl:when test="@ventilation-scope = 'niet-invasief'">niet-invasief, via masker zoals BiPAP of CPAP</xsl:when>
      <xsl:when test="@ventilation-scope = 'alle'">invasief en niet-invasief</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- What a ventilation limit covers; a child on home ventilation (BiPAP)
       must not lose it to "NIET beademen". -->
  <xsl:template name="ventilation-headline">
    <xsl:variable name="s" select="@ventilation-scope"/>
    <xsl:choose>
      <xsl:when test="@decision = 'niet' and $s = 'invasief'">invasief beademen (geen tube of tracheacanule); niet-invasieve beademing, zoals thuisbeademing met BiPAP, gaat door</xsl:when>
      <xsl:when test="@decision = 'niet' and $s = 'niet-invasief'">niet-invasief beademen (geen masker, zoals BiPAP of CPAP); over invasieve beademing is niets afgesproken</xsl:when>
      <xsl:when test="@decision = 'niet' and $s = 'alle'">beademen, invasief noch niet-invasief (ook geen BiPAP of CPAP)</xsl:when>
      <xsl:when test="$s = 'invasief'">invasief beademen (via tube of tracheacanule)</xsl:when>
      <xsl:when test="$s = 'niet-invasief'">niet-invasief beademen (via masker, zoals BiPAP of CPAP)</xsl:when>
      <xsl:when test="$s = 'alle'">beademen, invasief en niet-invasief</xsl:when>
      <xsl:otherwise>beademen (niet vastgelegd of dit invasief of niet-invasief is: overleg met de hoofdbehandelaar)</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="limit-parties">
    <xsl:variable name="n" select="number(@party-child = 1) + number(@party-parents = 1) + number(@party-caregiver = 1)"/>
    <xsl:if test="@party-child = 1">het kind</xsl:if>
    <xsl:if test="@party-child = 1 and $n = 3">, </xsl:if>
    <xsl:if test="@party-child = 1 and $n = 2"> en </xsl:if>
    <xsl:if test="@party-parents = 1">de ouders/voogd</xsl:if>
    <xsl:if test="@party-parents = 1 and @party-caregiver = 1"> en </xsl:if>
    <xsl:if test="@party-caregiver = 1">de behandelaar</xsl:if>
  </xsl:template>

  <xsl:template name="directive-kind">
    <xsl:param name="code" select="@kind"/>
    <xsl:param name="other" select="@kind-other"/>
    <xsl:choose>
      <xsl:when test="$code = 'NR'">Niet-reanimerenverklaring</xsl:when>
      <xsl:when test="$code = 'VERB'">Behandelverbod</xsl:when>
      <xsl:when test="$code = 'VOL'">Volmacht</xsl:when>
      <xsl:when test="$code = 'MON'">Mondelinge afspraak</xsl:when>
      <xsl:when test="$code = 'LW'">Levenswensverklaring</xsl:when>
      <xsl:when test="$code = 'DO'">Donorschap</xsl:when>
      <xsl:when test="$code = 'EU'">Euthanasieverzoek</xsl:when>
      <xsl:when test="$code = 'ZB'">Zelfbindingsverklaring</xsl:when>
      <xsl:otherwise><xsl:value-of select="$other"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="relation-label">
    <xsl:choose>
      <xsl:when test="@relation = 'moeder'">Moeder</xsl:when>
      <xsl:when test="@relation = 'vader'">Vader</xsl:when>
      <xsl:when test="@relation = 'ouder'">Ouder</xsl:when>
      <xsl:when test="@relation = 'voogd'">Voogd</xsl:when>
      <xsl:otherwise>Contactpersoon</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="situation-label">
    <xsl:param name="code" select="@situation"/>
    <xsl:param name="other" select="@situation-other"/>
    <xsl:choose>
      <xsl:when test="$code = 'bloeding'">Massaal bloedverlies</xsl:when>
      <xsl:when test="$code = 'verstikking'">Acute verstikking</xsl:when>
      <xsl:when test="$code = 'benauwdheid'">Ernstige benauwdheid</xsl:when>
      <xsl:when test="$code = 'insult'">Epileptisch insult</xsl:when>
      <xsl:when test="$code = 'pijn'">Pijncrisis</xsl:when>
      <xsl:when test="$code = 'onrust'">Ernstige onrust of delier</xsl:when>
      <xsl:when test="$code = 'refractair'">Refractaire symptomen</xsl:when>
      <xsl:otherwise><xsl:value-of select="$other"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="place-label">
    <xsl:param name="code" select="@place"/>
    <xsl:param name="other" select="@place-other"/>
    <xsl:choose>
      <xsl:when test="$code = 'thuis'">thuis</xsl:when>
      <xsl:when test="$code = 'ziekenhuis'">in het ziekenhuis</xsl:when>
      <xsl:when test="$code = 'hospice'">in een hospice</xsl:when>
      <xsl:when test="$code = 'kinderzorghuis'">in een kinderzorghuis</xsl:when>
      <xsl:when test="$code = 'onbekend'">nog niet bekend</xsl:when>
      <xsl:otherwise><xsl:value-of select="$other"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The plan's next step, as the overview and the spoedoverzicht show it. -->
  <xsl:template name="next-step-line">
    <xsl:choose>
      <xsl:when test="next-step">
        <p>
          <strong><xsl:value-of select="next-step/@description"/></strong>
          <xsl:text> · door </xsl:text><xsl:value-of select="next-step/@actor"/>
          <xsl:if test="next-step/@due-on">
            <xsl:text> · uiterlijk </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="value" select="next-step/@due-on"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="due"><xsl:with-param name="days" select="next-step/@due-in-days"/></xsl:call-template>
          </xsl:if>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <p class="warning">Dit plan heeft geen volgende stap. Denk twee stappen vooruit: leg vast wat
          de volgende stap is en wie die zet.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One treatment limit, as the overview and the spoedoverzicht show it. -->
  <xsl:template match="limits/limit">
    <li class="limit limit-{@decision}">
      <p class="limit-headline"><xsl:call-template name="limit-headline"/></p>
      <xsl:if test="@decision-detail and @decision != 'anders'"><p class="limit-detail"><xsl:value-of select="@decision-detail"/></p></xsl:if>
      <p class="goal-meta">
        <xsl:text>Besproken op </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="value" select="@discussed-on"/></xsl:call-template>
        <xsl:text> met </xsl:text><xsl:call-template name="limit-parties"/>
        <xsl:text> (kind toen </xsl:text><xsl:value-of select="@age-at-agreement"/><xsl:text> jaar)</xsl:text>
        <xsl:if test="@verified-on">
          <xsl:text> · geverifieerd op </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@verified-on"/></xsl:call-template>
        </xsl:if>
        <xsl:text> · vastgelegd door </xsl:text><xsl:value-of select="@created-by-name"/>
      </p>
      <xsl:if test="@months-since &gt;= ../@review-months">
        <p class="warning">Langer dan <xsl:value-of select="../@review-months"/> maanden niet besproken.</p>
      </xsl:if>
      <xsl:if test="@comment"><p class="goal-meta"><xsl:value-of select="@comment"/></p></xsl:if>
      <xsl:if test="/izp/actions/@limits">
        <p><a href="{$base}/behandelgrenzen/{@id}/beeindigen">Beëindigen</a></p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- How a crisis medicine is given, in words. -->
  <xsl:template name="route-label">
    <xsl:choose>
      <xsl:when test="@route = 'buccaal'">in de wangzak</xsl:when>
      <xsl:when test="@route = 'intranasaal'">in de neus</xsl:when>
      <xsl:when test="@route = 'rectaal'">rectaal</xsl:when>
      <xsl:when test="@route = 'oraal'">via de mond</xsl:when>
      <xsl:when test="@route = 'sonde'">via de sonde</xsl:when>
      <xsl:when test="@route = 'subcutaan'">onderhuids (subcutaan)</xsl:when>
      <xsl:when test="@route = 'intraveneus'">intraveneus</xsl:when>
      <xsl:when test="@route = 'inhalatie'">inhalatie</xsl:when>
      <xsl:otherwise><xsl:value-of select="@route-other"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One crisis medicine: what, how much, how, when, at most. -->
  <xsl:template match="crisis-medications/medication">
    <li class="goal medication" id="crisismedicatie-{@id}">
      <p><strong><xsl:value-of select="concat(@medicine, ' ', @dose, ' ')"/><xsl:call-template name="route-label"/></strong>
        <xsl:text> · bij </xsl:text>
        <xsl:call-template name="situation-label"/></p>
      <p>Wanneer: <xsl:value-of select="@give-when"/></p>
      <p>Maximaal: <xsl:value-of select="@maximum"/></p>
      <p class="goal-meta">
        <xsl:text>Voorgeschreven door </xsl:text><xsl:value-of select="@prescribed-by-name"/>
        <xsl:text> op </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="value" select="@prescribed-on"/></xsl:call-template>
      </p>
      <xsl:if test="/izp/actions/@limits">
        <p><a href="{$base}/crisismedicatie/{@id}/beeindigen">Beëindigen</a></p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- The crisis medication, for the overview and the spoedoverzicht. -->
  <xsl:template name="crisis-medication-list">
    <xsl:choose>
      <xsl:when test="crisis-medications/medication">
        <ul class="goals"><xsl:apply-templates select="crisis-medications/medication"/></ul>
      </xsl:when>
      <xsl:otherwise><p class="empty">Er is geen crisismedicatie vastgelegd.</p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The medicine a step gives, from the crisis medication. -->
  <xsl:template match="step" mode="medication">
    <xsl:variable name="m" select="/izp/crisis-medications/medication[@id = current()/@medication-id]"/>
    <xsl:if test="@medication-id">
      <span class="step-medication">
        <xsl:text> Geef: </xsl:text>
        <xsl:choose>
          <xsl:when test="$m">
            <xsl:for-each select="$m">
              <strong><xsl:value-of select="concat(@medicine, ' ', @dose, ' ')"/><xsl:call-template name="route-label"/></strong>
              <xsl:value-of select="concat(' (', @give-when, '; maximaal ', @maximum, ')')"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>een middel dat niet meer op de lijst crisismedicatie staat; overleg met de hoofdbehandelaar.</xsl:otherwise>
        </xsl:choose>
      </span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="crisis-plans/crisis-plan">
    <li class="goal">
      <p><strong><xsl:call-template name="situation-label"/></strong></p>
      <p class="starts-when">Begin als: <xsl:value-of select="@starts-when"/></p>
      <ol class="steps">
        <xsl:for-each select="step">
          <li><xsl:value-of select="@action"/> <span class="actor"> (<xsl:value-of select="@actor"/>)</span>
            <xsl:apply-templates select="." mode="medication"/></li>
        </xsl:for-each>
      </ol>
      <xsl:if test="/izp/actions/@close">
        <p><a href="{$base}/stappenplannen/{@id}/beeindigen">Beëindigen</a></p>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="representatives/representative">
    <li>
      <strong><xsl:value-of select="@name"/></strong>
      <xsl:text> (</xsl:text><xsl:call-template name="relation-label"/>
      <xsl:if test="@has-authority = 1">, heeft het gezag</xsl:if>
      <xsl:text>) · tel. </xsl:text><strong><xsl:value-of select="@phone"/></strong>
      <xsl:if test="@phone-other"> of <xsl:value-of select="@phone-other"/></xsl:if>
      <xsl:if test="@email"> · <xsl:value-of select="@email"/></xsl:if>
      <xsl:if test="@note"> · <xsl:value-of select="@note"/></xsl:if>
      <xsl:if test="/izp/actions/@edit">
        <xsl:text> · </xsl:text><a href="{$base}/vertegenwoordigers/{@id}/beeindigen">Beëindigen</a>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="directives/directive">
    <li>
      <strong><xsl:call-template name="directive-kind"/></strong>
      <xsl:text> van </xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="value" select="@signed-on"/></xsl:call-template>
      <xsl:if test="@representative"> · namens het kind: <xsl:value-of select="@representative"/></xsl:if>
      <xsl:if test="@document"> · document: <xsl:value-of select="@document"/></xsl:if>
      <xsl:if test="@comment"> · <xsl:value-of select="@comment"/></xsl:if>
      <xsl:if test="/izp/actions/@edit">
        <xsl:text> · </xsl:text><a href="{$base}/wilsverklaringen/{@id}/beeindigen">Beëindigen</a>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template name="place-wish">
    <xsl:param name="kind"/>
    <xsl:variable name="w" select="place-wishes/place-wish[@kind = $kind]"/>
    <xsl:choose>
      <xsl:when test="$w">
        <xsl:for-each select="$w">
          <strong><xsl:call-template name="place-label"/></strong>
          <xsl:text> (besproken op </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@discussed-on"/></xsl:call-template>
          <xsl:text>)</xsl:text>
          <xsl:if test="@note"> · <xsl:value-of select="@note"/></xsl:if>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise><span class="empty">niet vastgelegd</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The main goal of the medical policy, in words (ACP guide). -->
  <xsl:template name="policy-goal-label">
    <xsl:param name="code" select="@policy-goal"/>
    <xsl:choose>
      <xsl:when test="$code = 'curatief'">Curatief: gericht op genezing</xsl:when>
      <xsl:when test="$code = 'levensverlengend'">Levensverlengend, met behandeling van klachten</xsl:when>
      <xsl:when test="$code = 'symptoomgericht'">Alleen gericht op het verlichten van klachten</xsl:when>
      <xsl:when test="$code = 'onbekend'">Nog niet bekend</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- "Hoofddoel medisch beleid: ... (besproken op ...)", or that it is missing. -->
  <xsl:template match="plan" mode="policy-goal">
    <p class="policy-goal" id="beleid">
      <strong>Hoofddoel medisch beleid: </strong>
      <xsl:choose>
        <xsl:when test="@policy-goal">
          <xsl:call-template name="policy-goal-label"/>
          <xsl:text> (besproken op </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@policy-goal-on"/></xsl:call-template>
          <xsl:text>)</xsl:text>
          <xsl:if test="@policy-goal-note">. <xsl:value-of select="@policy-goal-note"/></xsl:if>
        </xsl:when>
        <xsl:otherwise><span class="empty">niet vastgelegd</span></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <!-- The palliative sections of the plan overview. -->
  <xsl:template name="palliative-sections">
    <xsl:variable name="p" select="plan"/>
    <section class="plan-goals limits-section" id="behandelgrenzen">
      <h2>Behandelgrenzen</h2>
      <xsl:apply-templates select="$p" mode="policy-goal"/>
      <xsl:if test="actions/@limits">
        <p>
          <a class="button" href="{$base}/kinderen/{child/@id}/behandelgrenzen/nieuw">Behandelgrens vastleggen</a>
          <xsl:text> </xsl:text>
          <a class="button secondary" href="{$base}/izp/{$p/@id}/beleidsdoel">Hoofddoel medisch beleid vastleggen</a>
        </p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="limits/limit">
          <ul class="limits"><xsl:apply-templates select="limits/limit"/></ul>
        </xsl:when>
        <xsl:otherwise>
          <p class="banner banner-missing">Er zijn geen behandelgrenzen vastgelegd.</p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="deliveries"/>
    </section>
    <section class="plan-goals" id="volgende-stap">
      <h2>Volgende stap</h2>
      <xsl:call-template name="next-step-line"/>
      <xsl:if test="actions/@edit">
        <p><a class="button secondary" href="{$base}/izp/{$p/@id}/volgende-stap">Volgende stap vastleggen</a></p>
      </xsl:if>
    </section>
    <section class="plan-goals" id="crisismedicatie">
      <h2>Crisismedicatie</h2>
      <xsl:if test="actions/@limits">
        <p><a class="button" href="{$base}/kinderen/{child/@id}/crisismedicatie/nieuw">Crisismedicatie voorschrijven</a></p>
      </xsl:if>
      <xsl:call-template name="crisis-medication-list"/>
    </section>
    <section class="plan-goals" id="stappenplannen">
      <h2>Stappenplannen bij een crisis</h2>
      <xsl:if test="actions/@close">
        <p><a class="button" href="{$base}/izp/{$p/@id}/stappenplannen/nieuw">Stappenplan toevoegen</a></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="crisis-plans/crisis-plan">
          <ul class="goals"><xsl:apply-templates select="crisis-plans/crisis-plan"/></ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Er zijn nog geen stappenplannen.</p></xsl:otherwise>
      </xsl:choose>
    </section>
    <section class="plan-goals" id="wensen">
      <h2>Wensen over de plaats van zorg en van overlijden</h2>
      <dl>
        <dt>Plaats van zorg</dt>
        <dd><xsl:call-template name="place-wish"><xsl:with-param name="kind" select="'zorg'"/></xsl:call-template></dd>
        <dt>Plaats van overlijden</dt>
        <dd><xsl:call-template name="place-wish"><xsl:with-param name="kind" select="'overlijden'"/></xsl:call-template></dd>
      </dl>
      <xsl:if test="actions/@edit">
        <p><a class="button secondary" href="{$base}/izp/{$p/@id}/plaatswens">Wens vastleggen</a></p>
      </xsl:if>
    </section>
    <section class="plan-goals" id="vertegenwoordigers">
      <h2>Ouders en wettelijk vertegenwoordigers</h2>
      <xsl:choose>
        <xsl:when test="representatives/representative">
          <ul><xsl:apply-templates select="representatives/representative"/></ul>
        </xsl:when>
        <xsl:otherwise><p class="warning">Er zijn geen ouders of vertegenwoordigers vastgelegd.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="actions/@edit">
        <p><a class="button secondary" href="{$base}/kinderen/{child/@id}/vertegenwoordigers/nieuw">Vertegenwoordiger toevoegen</a></p>
      </xsl:if>
    </section>
    <section class="plan-goals" id="wilsverklaringen">
      <h2>Wilsverklaringen</h2>
      <xsl:choose>
        <xsl:when test="directives/directive">
          <ul><xsl:apply-templates select="directives/directive"/></ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Er zijn geen wilsverklaringen vastgelegd.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="actions/@edit">
        <p><a class="button secondary" href="{$base}/kinderen/{child/@id}/wilsverklaringen/nieuw">Wilsverklaring vastleggen</a></p>
      </xsl:if>
    </section>
    <section class="plan-goals" id="team">
      <h2>Behandelteam</h2>
      <xsl:choose>
        <xsl:when test="team/member">
          <ul>
            <xsl:for-each select="team/member">
              <li>
                <strong><xsl:value-of select="@name"/></strong>
                <xsl:text> (</xsl:text><xsl:call-template name="team-role"/>
                <xsl:if test="@organisation">, <xsl:value-of select="@organisation"/></xsl:if>
                <xsl:text>)</xsl:text>
                <xsl:if test="@phone"> · tel. <xsl:value-of select="@phone"/></xsl:if>
                <xsl:if test="@reachable-24-7 = 1"> · <span class="flag flag-ok">dag en nacht bereikbaar</span></xsl:if>
                <br/><span class="goal-meta">Taken: <xsl:value-of select="@tasks"/></span>
                <xsl:if test="/izp/actions/@close">
                  <xsl:text> · </xsl:text><a href="{$base}/team/{@id}/beeindigen">Beëindigen</a>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Het behandelteam is nog niet beschreven.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="actions/@close">
        <p><a class="button secondary" href="{$base}/izp/{$p/@id}/team/nieuw">Lid toevoegen</a></p>
      </xsl:if>
    </section>
    <section class="plan-goals" id="waarden">
      <h2>Waarden, wensen en behoeften</h2>
      <xsl:choose>
        <xsl:when test="wishes/wish">
          <ul>
            <xsl:for-each select="wishes/wish">
              <li>
                <span class="dimension"><xsl:call-template name="dimension"><xsl:with-param name="value" select="@dimension"/></xsl:call-template></span>
                <xsl:text> </xsl:text>
                <xsl:choose>
                  <xsl:when test="@kind = 'waarde'">Waarde: </xsl:when>
                  <xsl:when test="@kind = 'wens'">Wens: </xsl:when>
                  <xsl:otherwise>Behoefte: </xsl:otherwise>
                </xsl:choose>
                <xsl:value-of select="@description"/>
                <xsl:if test="/izp/actions/@edit">
                  <xsl:text> · </xsl:text><a href="{$base}/wensen/{@id}/beeindigen">Beëindigen</a>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Nog niets vastgelegd.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="actions/@edit">
        <p><a class="button secondary" href="{$base}/izp/{$p/@id}/wensen/nieuw">Waarde, wens of behoefte toevoegen</a></p>
      </xsl:if>
    </section>
    <section class="plan-goals" id="problemen">
      <h2>Problemen (actueel en verwacht)</h2>
      <xsl:choose>
        <xsl:when test="problems/problem">
          <ul class="goals">
            <xsl:for-each select="problems/problem">
              <li class="goal">
                <p>
                  <span class="dimension"><xsl:call-template name="dimension"><xsl:with-param name="value" select="@dimension"/></xsl:call-template></span>
                  <xsl:text> </xsl:text>
                  <xsl:if test="@kind = 'verwacht'"><em>Verwacht: </em></xsl:if>
                  <strong><xsl:value-of select="@description"/></strong>
                </p>
                <p class="goal-meta">
                  <xsl:text>Actie: </xsl:text><xsl:value-of select="@action"/>
                  <xsl:text> · Actiehouder: </xsl:text><xsl:value-of select="@action-holder"/>
                  <xsl:if test="@evaluate-on">
                    <xsl:text> · Evaluatie: </xsl:text>
                    <xsl:call-template name="date"><xsl:with-param name="value" select="@evaluate-on"/></xsl:call-template>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="due"><xsl:with-param name="days" select="@evaluate-in-days"/></xsl:call-template>
                  </xsl:if>
                  <xsl:if test="/izp/actions/@edit">
                    <xsl:text> · </xsl:text><a href="{$base}/problemen/{@id}/beeindigen">Beëindigen</a>
                  </xsl:if>
                </p>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Geen problemen vastgelegd.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="actions/@edit">
        <p><a class="button secondary" href="{$base}/izp/{$p/@id}/problemen/nieuw">Probleem toevoegen</a></p>
      </xsl:if>
    </section>
    <section class="plan-goals" id="acp">
      <h2>Gesprekken over proactieve zorgplanning (ACP)</h2>
      <xsl:choose>
        <xsl:when test="acp-conversations/acp-conversation">
          <ul class="goals">
            <xsl:for-each select="acp-conversations/acp-conversation">
              <li class="goal">
                <p><strong><xsl:call-template name="date"><xsl:with-param name="value" select="@held-on"/></xsl:call-template></strong>
                  <xsl:text> · </xsl:text>
                  <xsl:call-template name="child-participation"/>
                  <xsl:text>; verder: </xsl:text><xsl:value-of select="@present"/></p>
                <p><xsl:value-of select="@summary"/></p>
                <xsl:if test="@outcome"><p class="goal-meta">Uitkomst: <xsl:value-of select="@outcome"/></p></xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Nog geen gesprekken vastgelegd.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="actions/@edit">
        <p><a class="button secondary" href="{$base}/izp/{$p/@id}/acp/nieuw">Gesprek vastleggen</a></p>
      </xsl:if>
    </section>
    <section class="plan-goals" id="onderwerpen">
      <h2>Levensbeschouwing, sociale zaken en nazorg</h2>
      <xsl:choose>
        <xsl:when test="topics/topic">
          <dl>
            <xsl:for-each select="topics/topic">
              <dt><xsl:call-template name="topic-label"/></dt>
              <dd><xsl:value-of select="@note"/></dd>
            </xsl:for-each>
          </dl>
        </xsl:when>
        <xsl:otherwise><p class="empty">Nog niets vastgelegd.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="actions/@edit">
        <p><a class="button secondary" href="{$base}/izp/{$p/@id}/onderwerpen/nieuw">Onderwerp vastleggen</a></p>
      </xsl:if>
    </section>
    <section class="plan-goals" id="afwijkingen">
      <h2>Afwijkingen van de richtlijn</h2>
      <xsl:choose>
        <xsl:when test="deviations/deviation">
          <ul>
            <xsl:for-each select="deviations/deviation">
              <li>
                <strong><xsl:value-of select="@what"/></strong>
                <xsl:text>: </xsl:text><xsl:value-of select="@why"/>
                <xsl:text> (besloten door </xsl:text><xsl:value-of select="@decided-by"/>
                <xsl:text> op </xsl:text>
                <xsl:call-template name="date"><xsl:with-param name="value" select="@decided-on"/></xsl:call-template>
                <xsl:text>)</xsl:text>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Geen afwijkingen.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="actions/@close">
        <p><a class="button secondary" href="{$base}/izp/{$p/@id}/afwijkingen/nieuw">Afwijking vastleggen</a></p>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="team-role">
    <xsl:choose>
      <xsl:when test="@role = 'hoofdbehandelaar'">hoofdbehandelaar</xsl:when>
      <xsl:when test="@role = 'casemanager'">casemanager</xsl:when>
      <xsl:when test="@role = 'huisarts'">huisarts</xsl:when>
      <xsl:when test="@role = 'kct'">Kinder Comfort Team</xsl:when>
      <xsl:when test="@role = 'kinderverpleegkundige'">kinderverpleegkundige</xsl:when>
      <xsl:when test="@role = 'zorgverlener'">andere zorgverlener</xsl:when>
      <xsl:when test="@role = 'mantelzorger'">mantelzorger</xsl:when>
      <xsl:when test="@role = 'vrijwilliger'">vrijwilliger</xsl:when>
      <xsl:otherwise>betrokkene</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="topic-label">
    <xsl:param name="code" select="@topic"/>
    <xsl:choose>
      <xsl:when test="$code = 'levensbeschouwing'">Levensbeschouwing</xsl:when>
      <xsl:when test="$code = 'cultuur'">Culturele achtergrond</xsl:when>
      <xsl:when test="$code = 'financien'">Financiën</xsl:when>
      <xsl:when test="$code = 'verzekering'">Verzekering</xsl:when>
      <xsl:when test="$code = 'broers_zussen'">Broers en zussen</xsl:when>
      <xsl:when test="$code = 'school'">School</xsl:when>
      <xsl:when test="$code = 'uitvaart'">Uitvaart</xsl:when>
      <xsl:when test="$code = 'juridisch'">Juridische of notariële zaken</xsl:when>
      <xsl:when test="$code = 'levenseinde'">Beslissingen rond het levenseinde</xsl:when>
      <xsl:when test="$code = 'nazorg'">Nazorg voor het gezin</xsl:when>
      <xsl:otherwise>Anders</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Forms. -->
  <xsl:template match="izp[@page = 'limit-create']" mode="title">Behandelgrens vastleggen</xsl:template>

  <xsl:template match="izp[@page = 'limit-create']" mode="content">
    <h1>Behandelgrens vastleggen voor <xsl:apply-templates select="child" mode="name"/></h1>
    <p class="notice">
      <strong>Wie moet instemmen (WGBO)? </strong>
      <xsl:value-of select="child/@given-name"/> is nu <xsl:apply-templates select="child" mode="age"/>.
      <xsl:choose>
        <xsl:when test="child/@age-years &lt; 12">Onder de 12 beslissen de ouders of de voogd.</xsl:when>
        <xsl:when test="child/@age-years &lt; 16">Van 12 tot en met 15 jaar stemmen het kind én de ouders of de voogd allebei in.</xsl:when>
        <xsl:otherwise>Vanaf 16 jaar beslist het kind zelf.</xsl:otherwise>
      </xsl:choose>
      Telt de leeftijd op de datum van bespreken. Een behandelgrens wordt altijd met minstens twee partijen afgesproken.
    </p>
    <p class="lead">Een bestaande afspraak over dezelfde behandeling beëindigt u eerst (met reden); een
      behandelgrens wordt nooit overschreven.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'directive-create']" mode="title">Wilsverklaring vastleggen</xsl:template>
  <xsl:template match="izp[@page = 'directive-create']" mode="content">
    <h1>Wilsverklaring vastleggen voor <xsl:apply-templates select="child" mode="name"/></h1>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'representative-create']" mode="title">Vertegenwoordiger toevoegen</xsl:template>
  <xsl:template match="izp[@page = 'representative-create']" mode="content">
    <h1>Ouder of vertegenwoordiger van <xsl:apply-templates select="child" mode="name"/></h1>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'plan-responsible-set']" mode="title">Verantwoordelijken wijzigen</xsl:template>
  <xsl:template match="izp[@page = 'plan-responsible-set']" mode="content">
    <h1>Hoofdbehandelaar of casemanager van het IZP van <xsl:apply-templates select="child" mode="name"/></h1>
    <p class="lead">Wie u nieuw noemt, krijgt het IZP te zien en wordt gevraagd de overname te bevestigen. Tot dan ziet iedereen dat
      de overdracht niet rond is. De wijziging blijft in de geschiedenis, met wie het deed en waarom.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'child-edit']" mode="title">Gegevens wijzigen</xsl:template>
  <xsl:template match="izp[@page = 'child-edit']" mode="content">
    <h1>Gegevens van <xsl:apply-templates select="child" mode="name"/> wijzigen</h1>
    <p class="lead">De huisarts, de huisartsenpost, het adres en de telefoon thuis. Het spoedoverzicht toont meteen de nieuwe gegevens;
      de oude blijven in de geschiedenis, met wie ze wijzigde en waarom.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'aftercare-create']" mode="title">Nazorg vastleggen</xsl:template>
  <xsl:template match="izp[@page = 'aftercare-create']" mode="content">
    <h1>Nazorg voor het gezin van <xsl:apply-templates select="child" mode="name"/></h1>
    <p class="lead">Wie neemt contact op met het gezin, wanneer, en wat is afgesproken?</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'crisis-medication-create']" mode="title">Crisismedicatie voorschrijven</xsl:template>
  <xsl:template match="izp[@page = 'crisis-medication-create']" mode="content">
    <h1>Crisismedicatie voor <xsl:apply-templates select="child" mode="name"/></h1>
    <p class="lead">Wat mag er bij een crisis worden gegeven, hoeveel, hoe, wanneer en hoe vaak ten hoogste?
      U legt dit vast als voorschrijvend arts; het staat op het spoedoverzicht en op de afdruk voor de ouders.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'crisis-plan-create']" mode="title">Stappenplan toevoegen</xsl:template>
  <xsl:template match="izp[@page = 'crisis-plan-create']" mode="content">
    <h1>Stappenplan bij een crisis (<xsl:apply-templates select="child" mode="name"/>)</h1>
    <p class="lead">Wat moet er gebeuren, in welke volgorde en door wie? Vul de stappen op volgorde in.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'next-step-set']" mode="title">Volgende stap</xsl:template>
  <xsl:template match="izp[@page = 'next-step-set']" mode="content">
    <h1>Volgende stap in het IZP van <xsl:apply-templates select="child" mode="name"/></h1>
    <p class="lead">Denk twee stappen vooruit. De nieuwe volgende stap vervangt de vorige; die blijft in de geschiedenis.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'policy-goal-set']" mode="title">Hoofddoel medisch beleid</xsl:template>
  <xsl:template match="izp[@page = 'policy-goal-set']" mode="content">
    <h1>Hoofddoel van het medisch beleid (<xsl:apply-templates select="child" mode="name"/>)</h1>
    <p class="lead">Waar is de zorg voor dit kind nu op gericht? Een nieuw hoofddoel vervangt het vorige; dat blijft in de geschiedenis.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'place-wish-set']" mode="title">Wens plaats van zorg of overlijden</xsl:template>
  <xsl:template match="izp[@page = 'place-wish-set']" mode="content">
    <h1>Wens over de plaats van zorg of overlijden (<xsl:apply-templates select="child" mode="name"/>)</h1>
    <xsl:apply-templates select="form"/>
  </xsl:template>


  <xsl:template match="izp[@page = 'team-member-create']" mode="title">Lid behandelteam toevoegen</xsl:template>
  <xsl:template match="izp[@page = 'team-member-create']" mode="content">
    <h1>Behandelteam van <xsl:apply-templates select="child" mode="name"/></h1>
    <xsl:apply-templates select="form"/>
  </xsl:template>
  <xsl:template match="izp[@page = 'wish-create']" mode="title">Waarde, wens of behoefte</xsl:template>
  <xsl:template match="izp[@page = 'wish-create']" mode="content">
    <h1>Waarde, wens of behoefte (<xsl:apply-templates select="child" mode="name"/>)</h1>
    <xsl:apply-templates select="form"/>
  </xsl:template>
  <xsl:template match="izp[@page = 'problem-create']" mode="title">Probleem toevoegen</xsl:template>
  <xsl:template match="izp[@page = 'problem-create']" mode="content">
    <h1>Probleem toevoegen (<xsl:apply-templates select="child" mode="name"/>)</h1>
    <xsl:apply-templates select="form"/>
  </xsl:template>
  <xsl:template match="izp[@page = 'acp-create']" mode="title">ACP-gesprek vastleggen</xsl:template>
  <xsl:template match="izp[@page = 'acp-create']" mode="content">
    <h1>Gesprek over proactieve zorgplanning (<xsl:apply-templates select="child" mode="name"/>)</h1>
    <xsl:apply-templates select="form"/>
  </xsl:template>
  <xsl:template match="izp[@page = 'deviation-create']" mode="title">Afwijking van de richtlijn</xsl:template>
  <xsl:template match="izp[@page = 'deviation-create']" mode="content">
    <h1>Afwijking van de richtlijn (<xsl:apply-templates select="child" mode="name"/>)</h1>
    <p class="lead">De richtlijn vraagt een afwijking te beargumenteren en vast te leggen: wat, waarom, door wie en wanneer.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>
  <xsl:template match="izp[@page = 'topic-set']" mode="title">Onderwerp vastleggen</xsl:template>
  <xsl:template match="izp[@page = 'topic-set']" mode="content">
    <h1>Levensbeschouwing, sociale zaken en nazorg (<xsl:apply-templates select="child" mode="name"/>)</h1>
    <p class="lead">Een nieuwe notitie over een onderwerp vervangt de vorige; die blijft in de geschiedenis.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'content-end']" mode="title">Beëindigen</xsl:template>
  <xsl:template match="izp[@page = 'content-end']" mode="content">
    <xsl:variable name="i" select="item"/>
    <h1>
      <xsl:choose>
        <xsl:when test="$i/@kind = 'limit'">Behandelgrens beëindigen</xsl:when>
        <xsl:when test="$i/@kind = 'directive'">Wilsverklaring beëindigen</xsl:when>
        <xsl:when test="$i/@kind = 'representative'">Vertegenwoordiger beëindigen</xsl:when>
        <xsl:when test="$i/@kind = 'team-member'">Lid van het behandelteam beëindigen</xsl:when>
        <xsl:when test="$i/@kind = 'wish'">Waarde, wens of behoefte beëindigen</xsl:when>
        <xsl:when test="$i/@kind = 'problem'">Probleem beëindigen</xsl:when>
        <xsl:when test="$i/@kind = 'crisis-medication'">Crisismedicatie beëindigen</xsl:when>
        <xsl:otherwise>Stappenplan beëindigen</xsl:otherwise>
      </xsl:choose>
    </h1>
    <p class="lead">
      <strong>
        <xsl:for-each select="$i">
          <xsl:choose>
            <xsl:when test="@kind = 'limit'"><xsl:call-template name="limit-headline"/></xsl:when>
            <xsl:when test="@kind = 'directive'"><xsl:call-template name="directive-kind"/></xsl:when>
            <xsl:when test="@kind = 'representative' or @kind = 'team-member'"><xsl:value-of select="@name"/></xsl:when>
            <xsl:when test="@kind = 'wish' or @kind = 'problem'"><xsl:value-of select="@description"/></xsl:when>
            <xsl:when test="@kind = 'crisis-medication'"><xsl:value-of select="concat(@medicine, ' ', @dose)"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="situation-label"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </strong>
      (<xsl:apply-templates select="child" mode="name"/>). Het blijft in de geschiedenis bewaard.
    </p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <!-- Werklijsten. -->
  <xsl:template match="izp[@page = 'worklists']" mode="title">Werklijsten</xsl:template>
  <xsl:template match="izp[@page = 'worklists']" mode="content">
    <h1>Werklijsten</h1>
    <p class="filters">Toon:
      <a href="{$base}/werklijsten">alles</a> ·
      <a href="{$base}/werklijsten?lijst=termijn">8-wekentermijn</a> ·
      <a href="{$base}/werklijsten?lijst=evaluaties">evaluaties</a> ·
      <a href="{$base}/werklijsten?lijst=volgende-stap">volgende stap</a> ·
      <a href="{$base}/werklijsten?lijst=verantwoordelijken">verantwoordelijken</a> ·
      <a href="{$base}/werklijsten?lijst=behandelgrenzen">behandelgrenzen</a> ·
      <a href="{$base}/werklijsten.xml">XML</a></p>
    <xsl:apply-templates select="worklists/worklist"/>
  </xsl:template>

  <xsl:template match="worklist">
    <section class="plan-goals worklist" id="{@name}">
      <h2>
        <xsl:choose>
          <xsl:when test="@name = 'deadline'">Kinderen zonder actueel IZP bij of over de 8-wekentermijn</xsl:when>
          <xsl:when test="@name = 'made-current'">Eerste IZP onlangs actueel geworden (<xsl:value-of select="../@recent-days"/> dagen): op tijd of te laat</xsl:when>
          <xsl:when test="@name = 'evaluation-due'">Evaluaties die (bijna) moeten of nooit gepland zijn</xsl:when>
          <xsl:when test="@name = 'no-next-step'">Plannen zonder (tijdige) volgende stap</xsl:when>
          <xsl:when test="@name = 'responsible-missing'">Plannen zonder actieve of bevestigde hoofdbehandelaar of casemanager</xsl:when>
          <xsl:when test="@name = 'limit-old'">Behandelgrenzen langer dan <xsl:value-of select="../@review-months"/> maanden niet besproken</xsl:when>
          <xsl:otherwise>Actuele plannen zonder behandelgrenzen</xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="@total"><xsl:text> (</xsl:text><xsl:value-of select="@total"/><xsl:text>)</xsl:text></xsl:when>
          <xsl:when test="@more"><xsl:text> (meer dan </xsl:text><xsl:value-of select="count(item)"/><xsl:text>)</xsl:text></xsl:when>
        </xsl:choose>
      </h2>
      <xsl:choose>
        <xsl:when test="@total &gt; count(item)">
          <p class="count" role="status">
            <xsl:value-of select="concat('De ', count(item), ' dringendste van ', @total, ' staan hieronder.')"/>
          </p>
        </xsl:when>
        <!-- No count: the user sees so many children that counting would cost every row. -->
        <xsl:when test="@more">
          <p class="count" role="status">
            <xsl:value-of select="concat('De ', count(item), ' dringendste staan hieronder; er zijn er meer.')"/>
          </p>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="not(../@only) and (@more or @total &gt; count(item))">
        <p><a href="{$base}/werklijsten?lijst={@list}#{@name}">Toon de hele lijst</a></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="item">
          <ul>
            <xsl:for-each select="item">
              <li>
                <a>
                  <xsl:attribute name="href">
                    <xsl:value-of select="$base"/>
                    <xsl:choose>
                      <xsl:when test="@plan-id">/izp/<xsl:value-of select="@plan-id"/></xsl:when>
                      <xsl:when test="@concept-plan-id">/izp/<xsl:value-of select="@concept-plan-id"/></xsl:when>
                      <xsl:otherwise>/kinderen/<xsl:value-of select="@child-id"/>/izp/nieuw</xsl:otherwise>
                    </xsl:choose>
                  </xsl:attribute>
                  <xsl:value-of select="concat(@given-name, ' ', @family-name)"/>
                </a>
                <xsl:text> (</xsl:text>
                <a class="emergency-link" href="{$base}/kinderen/{@child-id}/spoed">spoedoverzicht</a>
                <xsl:text>): </xsl:text>
                <xsl:choose>
                  <xsl:when test="../@name = 'deadline'">
                    <xsl:text>termijn </xsl:text>
                    <xsl:call-template name="date"><xsl:with-param name="value" select="@deadline"/></xsl:call-template>
                    <xsl:text> </xsl:text>
                    <xsl:call-template name="due"><xsl:with-param name="days" select="@days-left"/></xsl:call-template>
                    <xsl:if test="@concept-plan-id"> (alleen een concept, nog niet actueel)</xsl:if>
                  </xsl:when>
                  <xsl:when test="../@name = 'made-current'">
                    <xsl:text>actueel op </xsl:text>
                    <xsl:call-template name="date"><xsl:with-param name="value" select="@first-actueel-on"/></xsl:call-template>
                    <xsl:text>, termijn tot en met </xsl:text>
                    <xsl:call-template name="date"><xsl:with-param name="value" select="@deadline"/></xsl:call-template>
                    <xsl:text>: </xsl:text>
                    <xsl:choose>
                      <xsl:when test="@actueel-days-after-term &gt; 0">
                        <span class="flag flag-late">te laat</span>
                        <xsl:value-of select="concat(' (', @actueel-days-after-term, ' dagen)')"/>
                      </xsl:when>
                      <xsl:otherwise><span class="flag flag-ok">op tijd</span></xsl:otherwise>
                    </xsl:choose>
                  </xsl:when>
                  <xsl:when test="../@name = 'evaluation-due'">
                    <xsl:choose>
                      <xsl:when test="@what = 'agreement'">afspraak "<xsl:value-of select="@activity"/>"</xsl:when>
                      <xsl:when test="@what = 'problem'">probleem "<xsl:value-of select="@activity"/>"</xsl:when>
                      <xsl:otherwise>het hele plan</xsl:otherwise>
                    </xsl:choose>
                    <xsl:choose>
                      <xsl:when test="@evaluate-on">
                        <xsl:text>, evaluatie </xsl:text>
                        <xsl:call-template name="date"><xsl:with-param name="value" select="@evaluate-on"/></xsl:call-template>
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="due"><xsl:with-param name="days" select="@days-left"/></xsl:call-template>
                      </xsl:when>
                      <xsl:otherwise>, <span class="flag flag-overdue">geen evaluatie gepland</span></xsl:otherwise>
                    </xsl:choose>
                  </xsl:when>
                  <xsl:when test="../@name = 'no-next-step'">
                    <xsl:choose>
                      <xsl:when test="@description">volgende stap "<xsl:value-of select="@description"/>" was uiterlijk
                        <xsl:call-template name="date"><xsl:with-param name="value" select="@due-on"/></xsl:call-template></xsl:when>
                      <xsl:otherwise>geen volgende stap</xsl:otherwise>
                    </xsl:choose>
                  </xsl:when>
                  <xsl:when test="../@name = 'responsible-missing'">
                    <xsl:if test="@hoofdbehandelaar-active = 0">hoofdbehandelaar <xsl:value-of select="@hoofdbehandelaar-name"/> is niet meer actief. </xsl:if>
                    <xsl:if test="@casemanager-active = 0">casemanager <xsl:value-of select="@casemanager-name"/> is niet meer actief. </xsl:if>
                    <xsl:if test="@hoofdbehandelaar-unconfirmed = 1 and @hoofdbehandelaar-active = 1">hoofdbehandelaar <xsl:value-of select="@hoofdbehandelaar-name"/> heeft de overname nog niet bevestigd. </xsl:if>
                    <xsl:if test="@casemanager-unconfirmed = 1 and @casemanager-active = 1">casemanager <xsl:value-of select="@casemanager-name"/> heeft de overname nog niet bevestigd.</xsl:if>
                  </xsl:when>
                  <xsl:when test="../@name = 'limit-old'">
                    <xsl:call-template name="limit-headline"/>
                    <xsl:text>, laatst besproken </xsl:text>
                    <xsl:call-template name="date"><xsl:with-param name="value" select="@discussed-on"/></xsl:call-template>
                  </xsl:when>
                  <xsl:otherwise>geen behandelgrenzen vastgelegd</xsl:otherwise>
                </xsl:choose>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Niets te doen.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
  <!-- Whether the GP practice and the HAP hold the current limits
       (tools/izp-export): the time of the last delivery, or a warning;
       also who holds a copy but receives no more, and a GP who gets none. -->
  <xsl:template match="deliveries">
    <h3 id="levering">Bij huisarts en huisartsenpost</h3>
    <xsl:choose>
      <xsl:when test="../plan/@status = 'concept'">
        <p class="notice">De huisarts en de huisartsenpost krijgen dit IZP zodra het actueel is.</p>
      </xsl:when>
      <xsl:when test="not(destination[@kind = 'huisartsenpraktijk' and @receiving = '1'])">
        <p class="warning">
          <strong>De huisarts krijgt dit IZP niet vanzelf</strong>
          <xsl:text>: er is geen bestemming voor zijn AGB-code</xsl:text>
          <xsl:if test="../child/@gp-agb"> (<xsl:value-of select="../child/@gp-agb"/>)</xsl:if>
          <xsl:text>, of de familie gaf zijn praktijk geen toegang. Stuur het IZP zelf of bel de huisarts.</xsl:text>
        </p>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="destination">
      <ul class="deliveries">
        <xsl:for-each select="destination">
          <li>
            <xsl:attribute name="class">
              <xsl:choose>
                <xsl:when test="@receiving = '1' and @limits-current = '1'">delivery-current</xsl:when>
                <xsl:otherwise>warning</xsl:otherwise>
              </xsl:choose>
            </xsl:attribute>
            <xsl:choose>
              <xsl:when test="@kind = 'huisartsenpost'">Huisartsenpost</xsl:when>
              <xsl:otherwise>Huisarts</xsl:otherwise>
            </xsl:choose>
            <xsl:text> (</xsl:text><xsl:value-of select="@name"/><xsl:text>): </xsl:text>
            <xsl:choose>
              <xsl:when test="@receiving = '0'">
                <strong>heeft revisie <xsl:value-of select="@revision"/> van </strong>
                <strong><xsl:call-template name="datetime"><xsl:with-param name="value" select="@delivered-at"/></xsl:call-template></strong>
                <strong> en krijgt geen nieuwe versies meer</strong>
                <xsl:text> (de familie gaf geen toegang meer, het kind heeft een andere huisarts, of de bestemming is uitgeschakeld). Laat weten dat die versie niet meer geldt.</xsl:text>
              </xsl:when>
              <xsl:when test="@limits-current = '1'">
                <xsl:text>bijgewerkt </xsl:text>
                <xsl:call-template name="datetime"><xsl:with-param name="value" select="@delivered-at"/></xsl:call-template>
                <xsl:if test="@plan-current = '0'">; de latere wijzigingen, zonder behandelgrenzen, volgen bij de levering van vannacht</xsl:if>
              </xsl:when>
              <xsl:when test="@delivered-at">
                <strong>heeft de huidige behandelgrenzen of status nog niet</strong>
                <xsl:text>: laatst bijgewerkt </xsl:text>
                <xsl:call-template name="datetime"><xsl:with-param name="value" select="@delivered-at"/></xsl:call-template>
                <xsl:text>, gewijzigd op </xsl:text>
                <xsl:call-template name="datetime"><xsl:with-param name="value" select="@limits-changed-at"/></xsl:call-template>
                <xsl:text>. Bel bij twijfel de huisarts of de huisartsenpost.</xsl:text>
              </xsl:when>
              <xsl:otherwise>
                <strong>heeft dit IZP nog niet ontvangen</strong>
                <xsl:text>. Bel bij twijfel de huisarts of de huisartsenpost.</xsl:text>
              </xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
