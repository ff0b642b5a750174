<?xml version="1.0" encoding="UTF-8"?>
<!-- Creating an IZP, and the overview of the whole plan. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'plan-create']" mode="title">Nieuw IZP</xsl:template>

  <xsl:template match="izp[@page = 'plan-create']" mode="content">
    <xsl:if test="notice/@code = 'child-registered'">
      <p class="notice" role="status">Het kind is geregistreerd. U kunt nu het IZP aanmaken.</p>
    </xsl:if>
    <h1>Nieuw IZP voor <xsl:apply-templates select="child" mode="name"/></h1>
    <xsl:apply-templates select="child" mode="card"/>
    <xsl:choose>
      <xsl:when test="open-plan">
        <p class="warning">Dit kind heeft al een open IZP. Er kan maar één concept
          of actueel IZP per kind zijn. <a href="{$base}/izp/{open-plan/@id}">Bekijk het IZP</a>.</p>
      </xsl:when>
      <xsl:otherwise>
        <p class="lead">Het IZP wordt opgesteld door een (kinder)verpleegkundige samen met de
          hoofdbehandelaar, altijd met de ouders en waar mogelijk met het kind. Het begint als
          concept; de casemanager maakt het actueel. Velden met * zijn verplicht.</p>
        <xsl:apply-templates select="form"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="izp[@page = 'plan']" mode="title">
    <xsl:text>IZP van </xsl:text><xsl:apply-templates select="child" mode="name"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'plan']" mode="content">
    <xsl:variable name="p" select="plan"/>
    <h1>
      <xsl:text>IZP van </xsl:text><xsl:apply-templates select="child" mode="name"/>
      <xsl:text> </xsl:text>
      <xsl:call-template name="plan-status"><xsl:with-param name="status" select="$p/@status"/></xsl:call-template>
    </h1>
    <xsl:if test="@at">
      <p class="banner banner-past" role="status">
        <xsl:text>U ziet dit IZP zoals het was op </xsl:text>
        <xsl:call-template name="datetime"><xsl:with-param name="value" select="@at"/></xsl:call-template>
        <xsl:text>. Dit is niet de huidige stand. </xsl:text>
        <a href="{$base}/izp/{$p/@id}">Naar de huidige stand</a>
      </p>
    </xsl:if>
    <xsl:if test="$p/@status = 'concept'">
      <p class="notice">Dit IZP is een concept. Het geldt pas als de casemanager of de hoofdbehandelaar het actueel maakt.</p>
    </xsl:if>
    <xsl:if test="$p/@status = 'afgesloten'">
      <p class="warning">
        <xsl:text>Dit IZP is afgesloten op </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="value" select="$p/@closed-on"/></xsl:call-template>
        <xsl:text>: </xsl:text>
        <xsl:call-template name="close-reason-label">
          <xsl:with-param name="reason" select="$p/@close-reason"/>
        </xsl:call-template>
        <xsl:if test="$p/@close-note">. <xsl:value-of select="$p/@close-note"/></xsl:if>
        <xsl:choose>
          <xsl:when test="$p/@close-reason = 'overleden'">. Het kan niet meer worden gewijzigd; alleen de nazorg voor het gezin wordt nog vastgelegd.</xsl:when>
          <xsl:otherwise>. Het kan niet meer worden gewijzigd.</xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
    <xsl:if test="$p/@close-reason = 'overleden' or aftercare/contact">
      <section class="plan-goals" id="nazorg">
        <h2>Nazorg voor het gezin</h2>
        <xsl:choose>
          <xsl:when test="aftercare/contact">
            <ul class="goals">
              <xsl:for-each select="aftercare/contact">
                <li class="goal">
                  <p><strong><xsl:call-template name="date"><xsl:with-param name="value" select="@contact-on"/></xsl:call-template></strong>
                    <xsl:text> · </xsl:text><xsl:value-of select="@contact-by"/></p>
                  <p><xsl:value-of select="@agreed"/></p>
                  <p class="goal-meta">Vastgelegd door <xsl:value-of select="@created-by-name"/></p>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:when>
          <xsl:otherwise><p class="empty">Er is nog geen nazorg vastgelegd. De casemanager regelt de nazorg: wie neemt contact op met het gezin, wanneer, en wat is afgesproken.</p></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="actions/@aftercare">
          <p><a class="button" href="{$base}/izp/{$p/@id}/nazorg/nieuw">Nazorg vastleggen</a></p>
        </xsl:if>
      </section>
    </xsl:if>
    <xsl:if test="actions">
      <div class="plan-actions">
        <xsl:if test="actions/@activate">
          <form method="post" action="{$base}/izp/{$p/@id}/actueel-maken">
            <input type="hidden" name="csrf_token" value="{actions/@csrf}"/>
            <input type="hidden" name="request_id" value="{actions/@request-id}"/>
            <input type="hidden" name="version" value="{$p/@version}"/>
            <button type="submit">IZP actueel maken</button>
          </form>
        </xsl:if>
        <xsl:if test="actions/@close">
          <a class="button secondary" href="{$base}/izp/{$p/@id}/afsluiten">IZP afsluiten</a>
        </xsl:if>
      </div>
    </xsl:if>
    <xsl:if test="not(@at)">
      <p class="plan-links">
        <a href="{$base}/izp/{$p/@id}/afdruk">Afdruk voor kind en ouders</a> ·
        <a href="{$base}/izp/{$p/@id}/geschiedenis">Geschiedenis en eerdere versies</a>
      </p>
    </xsl:if>
    <nav class="plan-contents" aria-label="Inhoud van het IZP">
      <a target="_self" href="#behandelgrenzen">Behandelgrenzen</a>
      <a target="_self" href="#volgende-stap">Volgende stap</a>
      <a target="_self" href="#crisismedicatie">Crisismedicatie</a>
      <a target="_self" href="#stappenplannen">Stappenplannen</a>
      <a target="_self" href="#wensen">Plaats van zorg en overlijden</a>
      <a target="_self" href="#vertegenwoordigers">Ouders</a>
      <a target="_self" href="#wilsverklaringen">Wilsverklaringen</a>
      <a target="_self" href="#team">Behandelteam</a>
      <a target="_self" href="#waarden">Waarden en wensen</a>
      <a target="_self" href="#problemen">Problemen</a>
      <a target="_self" href="#acp">ACP-gesprekken</a>
      <a target="_self" href="#onderwerpen">Levensbeschouwing en nazorg</a>
      <a target="_self" href="#afwijkingen">Afwijkingen</a>
      <a target="_self" href="#doelen">Doelen</a>
      <a target="_self" href="#afspraken">Afspraken</a>
      <a target="_self" href="#evaluaties">Evaluaties</a>
    </nav>
    <xsl:apply-templates select="child" mode="card"/>
    <section class="plan-roles">
      <h2>Verantwoordelijken</h2>
      <xsl:if test="actions/@confirm-csrf">
        <form method="post" action="{$base}/izp/{$p/@id}/overname-bevestigen" class="banner banner-missing">
          <p>U bent als <xsl:value-of select="actions/@confirm-as"/> van dit IZP genoemd. Bevestig dat u het overneemt; tot dan ziet iedereen dat de overdracht niet rond is.</p>
          <input type="hidden" name="csrf_token" value="{actions/@confirm-csrf}"/>
          <input type="hidden" name="request_id" value="{actions/@request-id}"/>
          <input type="hidden" name="version" value="{$p/@version}"/>
          <button type="submit">Overname bevestigen</button>
        </form>
      </xsl:if>
      <dl>
        <dt>Hoofdbehandelaar</dt>
        <dd>
          <xsl:value-of select="$p/@hoofdbehandelaar-name"/>
          <xsl:if test="$p/@hoofdbehandelaar-phone">, tel. <xsl:value-of select="$p/@hoofdbehandelaar-phone"/></xsl:if>
          <xsl:if test="not($p/@hoofdbehandelaar-confirmed-at)"> <span class="flag flag-due-soon">nog niet bevestigd</span></xsl:if>
        </dd>
        <dt>Casemanager</dt>
        <dd>
          <xsl:value-of select="$p/@casemanager-name"/>
          <xsl:if test="$p/@casemanager-phone">, tel. <xsl:value-of select="$p/@casemanager-phone"/></xsl:if>
          <xsl:if test="not($p/@casemanager-confirmed-at)"> <span class="flag flag-due-soon">nog niet bevestigd</span></xsl:if>
        </dd>
        <xsl:if test="actions/@responsible">
          <dt></dt>
          <dd><a href="{$base}/izp/{$p/@id}/verantwoordelijken">Hoofdbehandelaar of casemanager wijzigen</a></dd>
        </xsl:if>
        <dt>Opgesteld door</dt>
        <dd>
          <xsl:value-of select="$p/@drawn-up-by-name"/>
          <xsl:text> op </xsl:text>
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="$p/@created-at"/></xsl:call-template>
        </dd>
      </dl>
    </section>
    <section class="plan-conversation">
      <h2>Opgesteld met</h2>
      <dl>
        <dt>Ouders of vertegenwoordigers</dt>
        <dd><xsl:value-of select="$p/@parents-present"/></dd>
        <dt>Kind meegedaan</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="$p/@child-participated = 'ja'">Ja, het hele gesprek</xsl:when>
            <xsl:when test="$p/@child-participated = 'deels'">Deels: <xsl:value-of select="$p/@child-absent-reason"/></xsl:when>
            <xsl:otherwise>Nee: <xsl:value-of select="$p/@child-absent-reason"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </dl>
    </section>
    <xsl:call-template name="palliative-sections"/>
    <section class="plan-goals" id="doelen">
      <h2>Doelen</h2>
      <xsl:if test="actions/@edit">
        <p><a class="button" href="{$base}/izp/{$p/@id}/doelen/nieuw">Doel toevoegen</a></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="goals/goal[@status = 'actief']">
          <ul class="goals">
            <xsl:apply-templates select="goals/goal[@status = 'actief']"/>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Er zijn nog geen lopende doelen.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="goals/goal[@status != 'actief']">
        <details class="closed-goals">
          <summary>Afgesloten doelen (<xsl:value-of select="count(goals/goal[@status != 'actief'])"/>)</summary>
          <ul class="goals">
            <xsl:apply-templates select="goals/goal[@status != 'actief']"/>
          </ul>
        </details>
      </xsl:if>
    </section>
    <section class="plan-goals" id="afspraken">
      <h2>Afspraken</h2>
      <xsl:if test="actions/@edit">
        <p><a class="button" href="{$base}/izp/{$p/@id}/afspraken/nieuw">Afspraak toevoegen</a></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="agreements/agreement[@status = 'actief']">
          <ul class="goals">
            <xsl:apply-templates select="agreements/agreement[@status = 'actief']"/>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Er zijn geen lopende afspraken.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="agreements/agreement[@status = 'afgesloten']">
        <details class="closed-goals">
          <summary>Afgesloten afspraken (<xsl:value-of select="count(agreements/agreement[@status = 'afgesloten'])"/>)</summary>
          <ul class="goals">
            <xsl:apply-templates select="agreements/agreement[@status = 'afgesloten']"/>
          </ul>
        </details>
      </xsl:if>
    </section>
    <xsl:call-template name="evaluations-section"/>
    <p class="meta"><abbr>
        <xsl:attribute name="title"><xsl:call-template name="revision-explained"/></xsl:attribute>
        <xsl:text>Revisie </xsl:text><xsl:value-of select="$p/@revision"/></abbr>
      <xsl:text> (laatst gewijzigd </xsl:text>
      <xsl:call-template name="datetime"><xsl:with-param name="value" select="$p/@changed-at"/></xsl:call-template>
      <xsl:text>) · </xsl:text>
      <a href="{$base}/kinderen/{child/@id}/spoed">Spoedoverzicht</a> ·
      <a href="{$base}/kinderen/{child/@id}/toegang">Wie heeft toegang?</a> ·
      <a href="{$base}/izp/{$p/@id}.xml">XML</a></p>
  </xsl:template>
  <!-- Who agreed, as a Dutch enumeration: "het kind, de ouders en de zorgverleners". -->
  <xsl:template name="parties">
    <xsl:variable name="n" select="number(@party-child = 1) + number(@party-parents = 1) + number(@party-caregivers = 1)"/>
    <xsl:if test="@party-child = 1">het kind</xsl:if>
    <xsl:if test="@party-child = 1 and $n = 3">, </xsl:if>
    <xsl:if test="@party-child = 1 and $n = 2"> en </xsl:if>
    <xsl:if test="@party-parents = 1">de ouders</xsl:if>
    <xsl:if test="@party-parents = 1 and @party-caregivers = 1"> en </xsl:if>
    <xsl:if test="@party-caregivers = 1">de zorgverleners</xsl:if>
  </xsl:template>

  <!-- Whether an evaluation date is overdue or near. -->
  <xsl:template name="due">
    <xsl:param name="days"/>
    <xsl:choose>
      <xsl:when test="$days &lt; 0"><span class="flag flag-overdue">te laat</span></xsl:when>
      <xsl:when test="$days &lt;= 14"><span class="flag flag-due-soon">binnenkort</span></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="evaluations-section">
    <xsl:variable name="p" select="plan"/>
    <section class="plan-goals" id="evaluaties">
      <h2>Evaluaties</h2>
      <p>
        <xsl:text>Volgende evaluatie van het plan: </xsl:text>
        <xsl:choose>
          <xsl:when test="$p/@evaluate-on">
            <strong><xsl:call-template name="date"><xsl:with-param name="value" select="$p/@evaluate-on"/></xsl:call-template></strong>
            <xsl:text> </xsl:text>
            <xsl:call-template name="due"><xsl:with-param name="days" select="$p/@evaluate-in-days"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><span class="flag flag-due-soon">nog niet gepland</span></xsl:otherwise>
        </xsl:choose>
      </p>
      <xsl:variable name="due" select="agreements/agreement[@status = 'actief' and @evaluate-in-days &lt;= 14]"/>
      <xsl:if test="$due">
        <p>Afspraken die (bijna) geëvalueerd moeten worden:</p>
        <ul>
          <xsl:for-each select="$due">
            <li>
              <xsl:value-of select="@activity"/>
              <xsl:text> (</xsl:text>
              <xsl:call-template name="date"><xsl:with-param name="value" select="@evaluate-on"/></xsl:call-template>
              <xsl:text>) </xsl:text>
              <xsl:call-template name="due"><xsl:with-param name="days" select="@evaluate-in-days"/></xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:if test="actions/@edit">
        <p>
          <xsl:if test="$p/@status = 'actueel'">
            <a class="button" href="{$base}/izp/{$p/@id}/evaluaties/nieuw">Evaluatie vastleggen</a>
            <xsl:text> </xsl:text>
          </xsl:if>
          <a class="button secondary" href="{$base}/izp/{$p/@id}/evaluatie-plannen">Evaluatie plannen</a>
        </p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="evaluations/evaluation">
          <details class="closed-goals">
            <xsl:if test="not(@at)"><xsl:attribute name="open">open</xsl:attribute></xsl:if>
            <summary>Gehouden evaluaties (<xsl:value-of select="count(evaluations/evaluation)"/>)</summary>
            <ul class="goals">
              <xsl:apply-templates select="evaluations/evaluation"/>
            </ul>
          </details>
        </xsl:when>
        <xsl:otherwise><p class="empty">Er is nog geen evaluatie gehouden.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="evaluations/evaluation">
    <li class="goal">
      <p><strong>
        <xsl:text>Evaluatie van </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="value" select="@held-on"/></xsl:call-template>
      </strong>
      <xsl:text> · met </xsl:text><xsl:value-of select="@participants"/>
      <xsl:text>; </xsl:text><xsl:call-template name="child-participation"/></p>
      <xsl:if test="@summary"><p><xsl:value-of select="@summary"/></p></xsl:if>
      <xsl:if test="outcome">
        <ul>
          <xsl:for-each select="outcome">
            <li>
              <xsl:value-of select="@activity"/>
              <xsl:text>: </xsl:text>
              <xsl:choose>
                <xsl:when test="@outcome = 'voortzetten'">voortzetten</xsl:when>
                <xsl:when test="@outcome = 'aanpassen'">aanpassen</xsl:when>
                <xsl:otherwise>afsluiten</xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <p class="goal-meta">
        <xsl:text>Volgende evaluatie: </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="value" select="@next-on"/></xsl:call-template>
        <xsl:text> · Vastgelegd door </xsl:text><xsl:value-of select="@created-by-name"/>
      </p>
    </li>
  </xsl:template>

  <xsl:template name="dimension">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'lichamelijk'">Lichamelijk</xsl:when>
      <xsl:when test="$value = 'psychisch'">Psychisch</xsl:when>
      <xsl:when test="$value = 'sociaal'">Sociaal</xsl:when>
      <xsl:when test="$value = 'spiritueel'">Spiritueel</xsl:when>
      <xsl:when test="$value = 'pedagogisch'">Pedagogisch / ontwikkeling</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="goals/goal">
    <li class="goal goal-{@status}">
      <p class="goal-head">
        <span class="dimension"><xsl:call-template name="dimension"><xsl:with-param name="value" select="@dimension"/></xsl:call-template></span>
        <xsl:text> </xsl:text>
        <strong><xsl:value-of select="@description"/></strong>
      </p>
      <p class="goal-meta">
        <xsl:text>Voor: </xsl:text><xsl:value-of select="@serves"/>
        <xsl:text> · Verantwoordelijk: </xsl:text><xsl:value-of select="@responsible-name"/>
        <xsl:if test="@target-date">
          <xsl:text> · Streefdatum: </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@target-date"/></xsl:call-template>
        </xsl:if>
      </p>
      <xsl:choose>
        <xsl:when test="@status = 'actief'">
          <xsl:if test="/izp/actions/@edit">
            <p><a href="{$base}/doelen/{@id}/afsluiten">Doel afsluiten</a></p>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <p class="goal-closed">
            <xsl:choose>
              <xsl:when test="@status = 'bereikt'">Bereikt</xsl:when>
              <xsl:when test="@status = 'niet_bereikt'">Niet bereikt</xsl:when>
              <xsl:otherwise>Niet meer van belang</xsl:otherwise>
            </xsl:choose>
            <xsl:text> op </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="value" select="@closed-on"/></xsl:call-template>
            <xsl:text>: </xsl:text><xsl:value-of select="@close-comment"/>
          </p>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="agreements/agreement">
    <li class="agreement">
      <p><strong><xsl:value-of select="@activity"/></strong></p>
      <p class="goal-meta">
        <xsl:text>Voor: </xsl:text>
        <xsl:choose>
          <xsl:when test="@goal"><xsl:value-of select="@goal"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@problem"/></xsl:otherwise>
        </xsl:choose>
      </p>
      <p class="goal-meta">
        <xsl:text>Afgesproken met: </xsl:text>
        <xsl:call-template name="parties"/>
        <xsl:text> · Uitvoering: </xsl:text>
        <xsl:choose>
          <xsl:when test="@performer = 'zorgverlener' or @performer = 'teamlid'"><xsl:value-of select="@performer-name"/></xsl:when>
          <xsl:when test="@performer = 'ouders'">de ouders</xsl:when>
          <xsl:otherwise>het kind</xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@coordinator-name"> · Coördinator: <xsl:value-of select="@coordinator-name"/></xsl:if>
      </p>
      <p class="goal-meta">
        <xsl:text>Vanaf </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="value" select="@start-date"/></xsl:call-template>
        <xsl:if test="@end-date">
          <xsl:text> tot en met </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@end-date"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="@evaluate-on and @status = 'actief'">
          <xsl:text> · Evaluatie: </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@evaluate-on"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="due"><xsl:with-param name="days" select="@evaluate-in-days"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="@replaces-id">
          <xsl:text> · Aangepast op </xsl:text>
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="@created-at"/></xsl:call-template>
          <xsl:text>, reden: </xsl:text><xsl:value-of select="@amend-reason"/>
        </xsl:if>
      </p>
      <xsl:if test="@status = 'afgesloten'">
        <p class="goal-closed">
          <xsl:text>Afgesloten op </xsl:text>
          <xsl:call-template name="date"><xsl:with-param name="value" select="@closed-on"/></xsl:call-template>
          <xsl:text>: </xsl:text><xsl:value-of select="@close-reason"/>
        </p>
      </xsl:if>
      <xsl:if test="@status = 'actief' and /izp/evaluations/evaluation[1]/outcome[@agreement-id = current()/@id]/@outcome = 'aanpassen'">
        <p class="warning">Bij de evaluatie van
          <xsl:call-template name="date"><xsl:with-param name="value" select="/izp/evaluations/evaluation[1]/@held-on"/></xsl:call-template>
          is besloten deze afspraak aan te passen.</p>
      </xsl:if>
      <xsl:if test="/izp/actions/@edit and @status = 'actief'">
        <p><a href="{$base}/afspraken/{@id}/aanpassen">Aanpassen</a> ·
          <a href="{$base}/afspraken/{@id}/afsluiten">Afsluiten</a> ·
          <a href="{$base}/izp/{/izp/plan/@id}/evaluatie-plannen?afspraak={@id}">Evaluatie plannen</a></p>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="izp[@page = 'agreement-create']" mode="title">Afspraak toevoegen</xsl:template>

  <xsl:template match="izp[@page = 'agreement-create']" mode="content">
    <h1>Afspraak toevoegen aan het IZP van <xsl:apply-templates select="child" mode="name"/></h1>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'agreement-amend']" mode="title">Afspraak aanpassen</xsl:template>

  <xsl:template match="izp[@page = 'agreement-amend']" mode="content">
    <h1>Afspraak aanpassen (IZP van <xsl:apply-templates select="child" mode="name"/>)</h1>
    <p class="lead">Het aanpassen maakt een nieuwe versie; de vorige blijft bewaard.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'agreement-close']" mode="title">Afspraak afsluiten</xsl:template>

  <xsl:template match="izp[@page = 'agreement-close']" mode="content">
    <h1>Afspraak afsluiten</h1>
    <p class="lead"><strong><xsl:value-of select="form/@about"/></strong>
      (IZP van <xsl:apply-templates select="child" mode="name"/>)</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'goal-create']" mode="title">Doel toevoegen</xsl:template>

  <xsl:template match="izp[@page = 'goal-create']" mode="content">
    <h1>Doel toevoegen aan het IZP van <xsl:apply-templates select="child" mode="name"/></h1>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'goal-close']" mode="title">Doel afsluiten</xsl:template>

  <xsl:template match="izp[@page = 'goal-close']" mode="content">
    <h1>Doel afsluiten</h1>
    <p class="lead"><strong><xsl:value-of select="goal/@description"/></strong>
      (IZP van <xsl:apply-templates select="child" mode="name"/>)</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'plan-close']" mode="title">IZP afsluiten</xsl:template>

  <xsl:template match="izp[@page = 'plan-close']" mode="content">
    <h1>IZP van <xsl:apply-templates select="child" mode="name"/> afsluiten</h1>
    <p class="lead">Een afgesloten IZP blijft leesbaar maar kan niet meer worden gewijzigd.
      Is later weer een plan nodig, dan maakt u een nieuw IZP.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>
</xsl:stylesheet>
