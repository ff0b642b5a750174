<?xml version="1.0" encoding="UTF-8"?>
<!--
  The printout for the child and the parents: plain Dutch, no codes, A4.
  Printed on it: when, and the plan's revision, so everyone can tell which
  state of the plan a sheet of paper shows.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'plan-print']" mode="title">
    <xsl:text>Zorgplan van </xsl:text><xsl:value-of select="child/@given-name"/>
  </xsl:template>

  <xsl:template name="plain-dimension">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'lichamelijk'">Lichaam</xsl:when>
      <xsl:when test="$value = 'psychisch'">Gevoel en gedachten</xsl:when>
      <xsl:when test="$value = 'sociaal'">Gezin, vrienden en school</xsl:when>
      <xsl:when test="$value = 'spiritueel'">Zingeving en geloof</xsl:when>
      <xsl:when test="$value = 'pedagogisch'">Ontwikkeling en opvoeding</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The family's door shows the same text (family.xsl). -->
  <xsl:template match="izp[@page = 'plan-print' or @page = 'family-plan']" mode="content">
    <xsl:variable name="p" select="plan"/>
    <!-- The child reading its own plan at the family's door is spoken
         to as "je" ($child-reads, $your: family.xsl). -->
    <article class="printout">
      <xsl:if test="@page = 'plan-print'">
        <p class="screen-only notice">Dit is de afdruk voor het kind en de ouders. Druk af met
          Ctrl+P (of "Afdrukken" in het menu van de browser). <a href="{$base}/izp/{$p/@id}">Terug naar het IZP</a></p>
      </xsl:if>
      <h1>Zorgplan van <xsl:apply-templates select="child" mode="name"/></h1>
      <xsl:apply-templates select="family-link/@parents-may-see"/>
      <xsl:if test="@page = 'family-plan'">
        <p><a class="button emergency-link" href="{$base}/kind/{child/@id}/spoed">Spoedoverzicht</a>
          voor de ambulance of de huisartsenpost ·
          <a href="{$base}/kind/{child/@id}/toegang">Wie mag het zorgplan zien?</a> ·
          <a href="{$base}/kind/{child/@id}/wie-keek">Wie heeft het zorgplan bekeken?</a></p>
      </xsl:if>
      <p class="printed">
        <xsl:if test="@page = 'plan-print'">
          <xsl:text>Afgedrukt op </xsl:text>
          <xsl:call-template name="datetime"><xsl:with-param name="value" select="@printed-at"/></xsl:call-template>
          <xsl:text> · </xsl:text>
        </xsl:if>
        <xsl:text>Revisie </xsl:text><xsl:value-of select="$p/@revision"/>
        <xsl:text> (laatst gewijzigd op </xsl:text>
        <xsl:call-template name="datetime"><xsl:with-param name="value" select="$p/@changed-at"/></xsl:call-template>
        <xsl:text>). </xsl:text>
        <span class="revision-explained"><xsl:call-template name="revision-explained"/></span>
      </p>
      <xsl:choose>
        <xsl:when test="$p/@status = 'concept'">
          <p class="warning">Dit is nog een voorstel. Het plan geldt pas als we het samen hebben afgesproken.</p>
        </xsl:when>
        <xsl:when test="$p/@status = 'afgesloten'">
          <p class="warning">Dit plan is afgesloten op
            <xsl:call-template name="date"><xsl:with-param name="value" select="$p/@closed-on"/></xsl:call-template>.
            Het geldt niet meer.</p>
        </xsl:when>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="$child-reads">
          <p>In dit plan staat wat we samen met jou<xsl:if test="family-link/@age &lt; 16"> en je ouders</xsl:if> hebben afgesproken: wat belangrijk is, wat we willen bereiken en wie wat doet.</p>
          <h2>Wie kun je bellen?</h2>
        </xsl:when>
        <xsl:otherwise>
          <p>In dit plan staat wat we samen met u en uw kind hebben afgesproken: wat belangrijk is,
            wat we willen bereiken en wie wat doet.</p>
          <h2>Wie kunt u bellen?</h2>
        </xsl:otherwise>
      </xsl:choose>
      <dl>
        <dt><xsl:value-of select="$your"/> vaste contactpersoon</dt>
        <dd>
          <xsl:value-of select="$p/@casemanager-name"/>
          <xsl:if test="$p/@casemanager-phone">, telefoon <xsl:value-of select="$p/@casemanager-phone"/></xsl:if>
        </dd>
        <dt>De arts die de behandeling leidt</dt>
        <dd>
          <xsl:value-of select="$p/@hoofdbehandelaar-name"/>
          <xsl:if test="$p/@hoofdbehandelaar-phone">, telefoon <xsl:value-of select="$p/@hoofdbehandelaar-phone"/></xsl:if>
        </dd>
        <xsl:if test="child/@gp-name">
          <dt>Huisarts</dt>
          <dd>
            <xsl:value-of select="child/@gp-name"/>
            <xsl:if test="child/@gp-phone">, telefoon <xsl:value-of select="child/@gp-phone"/></xsl:if>
          </dd>
        </xsl:if>
        <xsl:if test="child/@hap-name or child/@hap-phone">
          <dt>'s Avonds, 's nachts en in het weekend: de huisartsenpost</dt>
          <dd>
            <xsl:value-of select="child/@hap-name"/>
            <xsl:if test="child/@hap-phone"><xsl:if test="child/@hap-name">, </xsl:if>telefoon <xsl:value-of select="child/@hap-phone"/></xsl:if>
          </dd>
        </xsl:if>
      </dl>

      <h2>Afspraken over behandelingen</h2>
      <xsl:choose>
        <xsl:when test="limits/limit">
          <p>Dit hebben we samen afgesproken over behandelingen als het slechter gaat:</p>
          <ul>
            <xsl:for-each select="limits/limit">
              <li>
                <strong>
                  <xsl:call-template name="treatment-label"/>
                  <xsl:if test="@ventilation-scope">
                    <xsl:text> (</xsl:text><xsl:call-template name="ventilation-scope-label"/><xsl:text>)</xsl:text>
                  </xsl:if>
                  <xsl:text>: </xsl:text>
                  <xsl:choose>
                    <xsl:when test="@decision = 'niet'">niet doen</xsl:when>
                    <xsl:when test="@decision = 'wel'">wel doen</xsl:when>
                    <xsl:otherwise><xsl:value-of select="@decision-detail"/></xsl:otherwise>
                  </xsl:choose>
                </strong>
                <xsl:if test="@decision = 'niet' and @ventilation-scope = 'invasief'">
                  <xsl:text>. Beademing met een masker, zoals BiPAP thuis, gaat door</xsl:text>
                </xsl:if>
                <xsl:text> (besproken op </xsl:text>
                <xsl:call-template name="date"><xsl:with-param name="value" select="@discussed-on"/></xsl:call-template>
                <xsl:text>)</xsl:text>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p>Hierover is nog niets afgesproken.</p></xsl:otherwise>
      </xsl:choose>

      <xsl:if test="crisis-plans/crisis-plan">
        <h2>Wat te doen bij een crisis</h2>
        <xsl:for-each select="crisis-plans/crisis-plan">
          <section class="print-item">
            <h3><xsl:call-template name="situation-label"/></h3>
            <p>Begin als: <xsl:value-of select="@starts-when"/></p>
            <ol>
              <xsl:for-each select="step">
                <li><xsl:value-of select="@action"/> (<xsl:value-of select="@actor"/>)
                  <xsl:apply-templates select="." mode="medication"/></li>
              </xsl:for-each>
            </ol>
          </section>
        </xsl:for-each>
      </xsl:if>

      <xsl:if test="crisis-medications/medication">
        <h2>Medicijnen bij een crisis</h2>
        <xsl:for-each select="crisis-medications/medication">
          <section class="print-item">
            <h3><xsl:value-of select="concat(@medicine, ' ', @dose, ' ')"/><xsl:call-template name="route-label"/></h3>
            <p>Bij: <xsl:call-template name="situation-label"/></p>
            <p>Wanneer: <xsl:value-of select="@give-when"/></p>
            <p>Niet meer dan: <xsl:value-of select="@maximum"/></p>
            <p>Voorgeschreven door <xsl:value-of select="@prescribed-by-name"/> op
              <xsl:call-template name="date"><xsl:with-param name="value" select="@prescribed-on"/></xsl:call-template></p>
          </section>
        </xsl:for-each>
      </xsl:if>

      <xsl:if test="place-wishes/place-wish">
        <h2><xsl:value-of select="$your"/> wensen</h2>
        <ul>
          <xsl:for-each select="place-wishes/place-wish">
            <li>
              <xsl:choose>
                <xsl:when test="@kind = 'zorg'">Waar de zorg plaatsvindt: </xsl:when>
                <xsl:when test="$child-reads">Waar je wilt overlijden: </xsl:when>
                <xsl:otherwise>Waar uw kind wil overlijden: </xsl:otherwise>
              </xsl:choose>
              <xsl:call-template name="place-label"/>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>

      <xsl:if test="team/member">
        <h2>Wie helpen er?</h2>
        <ul>
          <xsl:for-each select="team/member">
            <li>
              <strong><xsl:value-of select="@name"/></strong>
              <xsl:text> (</xsl:text><xsl:call-template name="team-role"/><xsl:text>): </xsl:text>
              <xsl:value-of select="@tasks"/>
              <xsl:if test="@phone">. Telefoon <xsl:value-of select="@phone"/></xsl:if>
              <xsl:if test="@reachable-24-7 = 1">, ook 's nachts en in het weekend</xsl:if>
              <xsl:text>.</xsl:text>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>

      <xsl:if test="wishes/wish">
        <h2>Wat voor jullie belangrijk is</h2>
        <ul>
          <xsl:for-each select="wishes/wish">
            <li><xsl:value-of select="@description"/></li>
          </xsl:for-each>
        </ul>
      </xsl:if>

      <xsl:if test="problems/problem">
        <h2>Waar we op letten</h2>
        <ul>
          <xsl:for-each select="problems/problem">
            <li>
              <strong><xsl:value-of select="@description"/></strong>
              <xsl:text>. Wat we doen: </xsl:text><xsl:value-of select="@action"/>
              <xsl:text> (</xsl:text><xsl:value-of select="@action-holder"/><xsl:text>).</xsl:text>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>

      <xsl:if test="next-step">
        <h2>Wat is de volgende stap?</h2>
        <p><xsl:value-of select="next-step/@description"/> (<xsl:value-of select="next-step/@actor"/>)</p>
      </xsl:if>

      <h2>Wat we willen bereiken</h2>
      <xsl:choose>
        <xsl:when test="goals/goal[@status = 'actief']">
          <xsl:for-each select="goals/goal[@status = 'actief']">
            <section class="print-item">
              <h3><xsl:value-of select="@description"/></h3>
              <p>
                <xsl:text>Gaat over: </xsl:text>
                <xsl:call-template name="plain-dimension"><xsl:with-param name="value" select="@dimension"/></xsl:call-template>
                <xsl:text>. Waarom: </xsl:text><xsl:value-of select="@serves"/>
                <xsl:text>. Wie let erop: </xsl:text><xsl:value-of select="@responsible-name"/>
                <xsl:if test="@target-date">
                  <xsl:text>. Het liefst vóór </xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="value" select="@target-date"/></xsl:call-template>
                </xsl:if>
                <xsl:text>.</xsl:text>
              </p>
            </section>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><p>Er staan nu geen doelen in het plan.</p></xsl:otherwise>
      </xsl:choose>

      <h2>Wat we hebben afgesproken</h2>
      <xsl:choose>
        <xsl:when test="agreements/agreement[@status = 'actief']">
          <xsl:for-each select="agreements/agreement[@status = 'actief']">
            <section class="print-item">
              <h3><xsl:value-of select="@activity"/></h3>
              <p>
                <xsl:text>Waarvoor: </xsl:text>
                <xsl:choose>
                  <xsl:when test="@goal"><xsl:value-of select="@goal"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="@problem"/></xsl:otherwise>
                </xsl:choose>
                <xsl:text>. Wie doet het: </xsl:text>
                <xsl:choose>
                  <xsl:when test="@performer = 'zorgverlener' or @performer = 'teamlid'"><xsl:value-of select="@performer-name"/></xsl:when>
                  <xsl:when test="@performer = 'ouders'">de ouders</xsl:when>
                  <xsl:otherwise><xsl:value-of select="/izp/child/@given-name"/> zelf</xsl:otherwise>
                </xsl:choose>
                <xsl:text>. Vanaf </xsl:text>
                <xsl:call-template name="date"><xsl:with-param name="value" select="@start-date"/></xsl:call-template>
                <xsl:if test="@end-date">
                  <xsl:text> tot en met </xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="value" select="@end-date"/></xsl:call-template>
                </xsl:if>
                <xsl:text>.</xsl:text>
                <xsl:if test="@evaluate-on">
                  <xsl:text> We kijken samen opnieuw naar deze afspraak op </xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="value" select="@evaluate-on"/></xsl:call-template>
                  <xsl:text>.</xsl:text>
                </xsl:if>
              </p>
            </section>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><p>Er zijn nu geen afspraken.</p></xsl:otherwise>
      </xsl:choose>

      <xsl:if test="goals/goal[@status != 'actief']">
        <h2>Doelen die zijn afgerond</h2>
        <ul>
          <xsl:for-each select="goals/goal[@status != 'actief']">
            <li>
              <xsl:value-of select="@description"/>
              <xsl:text>: </xsl:text>
              <xsl:choose>
                <xsl:when test="@status = 'bereikt'">gelukt</xsl:when>
                <xsl:when test="@status = 'niet_bereikt'">niet gelukt</xsl:when>
                <xsl:otherwise>niet meer nodig</xsl:otherwise>
              </xsl:choose>
              <xsl:text> (</xsl:text>
              <xsl:call-template name="date"><xsl:with-param name="value" select="@closed-on"/></xsl:call-template>
              <xsl:text>)</xsl:text>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>

      <xsl:if test="$p/@evaluate-on and $p/@status = 'actueel'">
        <h2>Wanneer bekijken we het plan weer samen?</h2>
        <p>Op <xsl:call-template name="date"><xsl:with-param name="value" select="$p/@evaluate-on"/></xsl:call-template>.</p>
      </xsl:if>
      <p class="print-footer">
        <xsl:choose>
          <xsl:when test="$child-reads">Klopt er iets niet, of heb je vragen? Bel </xsl:when>
          <xsl:otherwise>Klopt er iets niet, of heeft u vragen? Bel </xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="$p/@casemanager-name"/>
        <xsl:if test="$p/@casemanager-phone"> (<xsl:value-of select="$p/@casemanager-phone"/>)</xsl:if>.</p>
    </article>
  </xsl:template>
</xsl:stylesheet>
