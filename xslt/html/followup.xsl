<?xml version="1.0" encoding="UTF-8"?>
<!-- Vervolgen (planning and recording evaluations) and the plan's history. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'evaluation-schedule']" mode="title">Evaluatie plannen</xsl:template>

  <xsl:template match="izp[@page = 'evaluation-schedule']" mode="content">
    <h1>Evaluatie plannen (IZP van <xsl:apply-templates select="child" mode="name"/>)</h1>
    <p class="lead">Kies wanneer het hele plan, of één afspraak, wordt geëvalueerd. Het overzicht
      laat zien welke evaluaties binnenkort of te laat zijn.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'evaluation-record']" mode="title">Evaluatie vastleggen</xsl:template>

  <xsl:template match="izp[@page = 'evaluation-record']" mode="content">
    <h1>Evaluatie vastleggen (IZP van <xsl:apply-templates select="child" mode="name"/>)</h1>
    <xsl:if test="notice/@code = 'plan-changed'">
      <p class="warning" role="alert">Er is intussen een afspraak bijgekomen, aangepast of afgesloten.
        Er is nog niets opgeslagen. Kijk de afspraken hieronder na en sla opnieuw op; wat u had
        ingevuld staat er nog.</p>
    </xsl:if>
    <p class="lead">Leg vast wie meedeed, wat er besproken is en wat er met elke lopende afspraak
      gebeurt: voortzetten, aanpassen of afsluiten. Afsluiten gebeurt direct; een aanpassing legt u
      daarna vast als nieuwe versie van de afspraak.</p>
    <xsl:if test="not(form/field[starts-with(@name, 'outcome_')])">
      <p class="notice">Dit plan heeft geen lopende afspraken.</p>
    </xsl:if>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <!-- When and why a version ended something, in the history. -->
  <xsl:template name="ended">
    <xsl:if test="@ended-on or @end-reason">
      <xsl:text> · beëindigd</xsl:text>
      <xsl:if test="@ended-on">
        <xsl:text> op </xsl:text>
        <xsl:call-template name="date"><xsl:with-param name="value" select="@ended-on"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="@end-reason">: <xsl:value-of select="@end-reason"/></xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template match="izp[@page = 'plan-history']" mode="title">
    <xsl:text>Geschiedenis van het IZP van </xsl:text><xsl:apply-templates select="child" mode="name"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'plan-history']" mode="content">
    <h1>Geschiedenis van het IZP van <xsl:apply-templates select="child" mode="name"/></h1>
    <p class="lead">Elke versie blijft bewaard: wie iets veranderde, wanneer en waarom.
      <a href="{$base}/izp/{plan/@id}">Terug naar het huidige IZP</a>.</p>
    <p class="revision-explained">Het IZP staat nu op <strong>revisie <xsl:value-of select="plan/@revision"/></strong>.
      <xsl:call-template name="revision-explained"/>
      Bij elke wijziging hieronder staat de revisie waarop het IZP daarmee kwam.</p>
    <form method="get" action="{$base}/izp/{plan/@id}" class="izp-form moment">
      <div class="field">
        <label for="f-at">Het IZP bekijken zoals het was op</label>
        <p class="hint" id="h-at">Datum en tijd, bijvoorbeeld het moment waarop de ambulance kwam.</p>
        <input type="datetime-local" id="f-at" name="at" required="required" aria-describedby="h-at"/>
      </div>
      <p class="actions"><button type="submit">Bekijken</button></p>
    </form>

    <section class="plan-goals" id="plan-versies">
      <h2>Het plan</h2>
      <table class="history">
        <thead><tr><th><abbr title="De revisie van het hele IZP na deze wijziging">Revisie</abbr></th><th>Vanaf</th><th>Door</th><th>Wat en waarom</th><th></th></tr></thead>
        <tbody>
          <xsl:for-each select="plan-versions/plan-version">
            <tr>
              <td class="revision"><xsl:value-of select="@revision"/></td>
              <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@valid-from"/></xsl:call-template></td>
              <td><xsl:value-of select="@changed-by-name"/></td>
              <td>
                <xsl:value-of select="@change-reason"/>
                <xsl:text> · status </xsl:text><xsl:value-of select="@status"/>
                <xsl:if test="@evaluate-on">
                  <xsl:text> · evaluatie </xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="value" select="@evaluate-on"/></xsl:call-template>
                </xsl:if>
              </td>
              <td><a href="{$base}/izp/{@id}?at={@view-at}">zo bekijken</a></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>

    <section class="plan-goals" id="behandelgrens-versies">
      <h2>Behandelgrenzen</h2>
      <xsl:if test="not(limit-versions/limit-version)"><p class="empty">Geen behandelgrenzen.</p></xsl:if>
      <xsl:if test="limit-versions/limit-version">
        <table class="history">
          <thead><tr><th>Behandelgrens</th><th><abbr title="De revisie van het hele IZP na deze wijziging">Revisie</abbr></th><th>Vanaf</th><th>Door</th><th>Wat en waarom</th></tr></thead>
          <tbody>
            <xsl:for-each select="limit-versions/limit-version">
              <tr>
                <td><xsl:call-template name="limit-headline"/></td>
                <td class="revision"><xsl:value-of select="@revision"/></td>
                <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@valid-from"/></xsl:call-template></td>
                <td><xsl:value-of select="@changed-by-name"/></td>
                <td>
                  <xsl:value-of select="@change-reason"/>
                  <xsl:text> · besproken </xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="value" select="@discussed-on"/></xsl:call-template>
                  <xsl:call-template name="ended"/>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:if>
    </section>

    <section class="plan-goals" id="inhoud-versies">
      <h2>De rest van het plan: stappenplannen, volgende stappen, wensen, team, problemen, gesprekken</h2>
      <xsl:if test="not(content-versions/content-version)"><p class="empty">Niets vastgelegd.</p></xsl:if>
      <xsl:if test="content-versions/content-version">
        <table class="history">
          <thead><tr><th>Wat</th><th><abbr title="De revisie van het hele IZP na deze wijziging">Revisie</abbr></th><th>Vanaf</th><th>Door</th><th>Waarom</th></tr></thead>
          <tbody>
            <xsl:for-each select="content-versions/content-version">
              <tr>
                <td>
                  <!-- Codes become the words the pages use, never the code. -->
                  <xsl:choose>
                    <xsl:when test="@kind = 'directive'">
                      <xsl:text>Wilsverklaring: </xsl:text>
                      <xsl:call-template name="directive-kind">
                        <xsl:with-param name="code" select="@code"/>
                        <xsl:with-param name="other" select="@code-other"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:when test="@kind = 'crisis-plan'">
                      <xsl:text>Stappenplan: </xsl:text>
                      <xsl:call-template name="situation-label">
                        <xsl:with-param name="code" select="@code"/>
                        <xsl:with-param name="other" select="@code-other"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:when test="@kind = 'crisis-medication'">
                      <xsl:text>Crisismedicatie: </xsl:text><xsl:value-of select="@label"/>
                      <xsl:text> bij </xsl:text>
                      <xsl:call-template name="situation-label">
                        <xsl:with-param name="code" select="@code"/>
                        <xsl:with-param name="other" select="@code-other"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:when test="@kind = 'place-wish'">
                      <xsl:choose>
                        <xsl:when test="@code = 'overlijden'">Plaats van overlijden: </xsl:when>
                        <xsl:otherwise>Plaats van zorg: </xsl:otherwise>
                      </xsl:choose>
                      <xsl:call-template name="place-label"/>
                    </xsl:when>
                    <xsl:when test="@kind = 'topic'">
                      <xsl:call-template name="topic-label"><xsl:with-param name="code" select="@code"/></xsl:call-template>
                      <xsl:text>: </xsl:text><xsl:value-of select="@label"/>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:choose>
                        <xsl:when test="@kind = 'representative'">Vertegenwoordiger</xsl:when>
                        <xsl:when test="@kind = 'next-step'">Volgende stap</xsl:when>
                        <xsl:when test="@kind = 'team-member'">Behandelteam</xsl:when>
                        <xsl:when test="@kind = 'wish'">Waarde, wens of behoefte</xsl:when>
                        <xsl:when test="@kind = 'problem'">Probleem</xsl:when>
                        <xsl:when test="@kind = 'acp'">ACP-gesprek</xsl:when>
                        <xsl:when test="@kind = 'aftercare'">Nazorg</xsl:when>
                        <xsl:otherwise>Afwijking van de richtlijn</xsl:otherwise>
                      </xsl:choose>
                      <xsl:text>: </xsl:text><xsl:value-of select="@label"/>
                    </xsl:otherwise>
                  </xsl:choose>
                </td>
                <td class="revision"><xsl:value-of select="@revision"/></td>
                <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@valid-from"/></xsl:call-template></td>
                <td><xsl:value-of select="@changed-by-name"/></td>
                <td>
                  <xsl:value-of select="@change-reason"/>
                  <xsl:call-template name="ended"/>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:if>
    </section>

    <section class="plan-goals" id="kind-versies">
      <h2>Gegevens van het kind: huisarts, huisartsenpost, adres</h2>
      <table class="history">
        <thead><tr><th><abbr title="De revisie van het hele IZP na deze wijziging">Revisie</abbr></th><th>Vanaf</th><th>Door</th><th>Gegevens</th><th>Waarom</th></tr></thead>
        <tbody>
          <xsl:for-each select="child-versions/child-version">
            <tr>
              <td class="revision"><xsl:value-of select="@revision"/></td>
              <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@valid-from"/></xsl:call-template></td>
              <td><xsl:value-of select="@changed-by-name"/></td>
              <td>
                <xsl:text>Huisarts: </xsl:text>
                <xsl:choose>
                  <xsl:when test="@gp-name or @gp-phone">
                    <xsl:value-of select="normalize-space(concat(@gp-name, ' ', @gp-practice))"/>
                    <xsl:if test="@gp-phone">, tel. <xsl:value-of select="@gp-phone"/></xsl:if>
                    <xsl:if test="@gp-agb">, AGB-code <xsl:value-of select="@gp-agb"/></xsl:if>
                  </xsl:when>
                  <xsl:otherwise>niet vastgelegd</xsl:otherwise>
                </xsl:choose>
                <xsl:text> · Huisartsenpost: </xsl:text>
                <xsl:choose>
                  <xsl:when test="@hap-name or @hap-phone">
                    <xsl:value-of select="@hap-name"/>
                    <xsl:if test="@hap-phone">, tel. <xsl:value-of select="@hap-phone"/></xsl:if>
                  </xsl:when>
                  <xsl:otherwise>niet vastgelegd</xsl:otherwise>
                </xsl:choose>
                <xsl:if test="@address or @phone">
                  <xsl:text> · Thuis: </xsl:text><xsl:value-of select="@address"/>
                  <xsl:if test="@phone">, tel. <xsl:value-of select="@phone"/></xsl:if>
                </xsl:if>
              </td>
              <td><xsl:value-of select="@change-reason"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>

    <section class="plan-goals" id="doel-versies">
      <h2>Doelen</h2>
      <xsl:if test="not(goal-versions/goal-version)"><p class="empty">Geen doelen.</p></xsl:if>
      <xsl:for-each select="goal-versions/goal-version[not(@id = preceding-sibling::goal-version/@id)]">
        <xsl:variable name="id" select="@id"/>
        <h3><xsl:value-of select="@description"/></h3>
        <table class="history">
          <thead><tr><th><abbr title="De revisie van het hele IZP na deze wijziging">Revisie</abbr></th><th>Vanaf</th><th>Door</th><th>Wat en waarom</th></tr></thead>
          <tbody>
            <xsl:for-each select="../goal-version[@id = $id]">
              <tr>
                <td class="revision"><xsl:value-of select="@revision"/></td>
                <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@valid-from"/></xsl:call-template></td>
                <td><xsl:value-of select="@changed-by-name"/></td>
                <td>
                  <xsl:value-of select="@change-reason"/>
                  <xsl:text> · status </xsl:text><xsl:value-of select="@status"/>
                  <xsl:if test="@close-comment"> · <xsl:value-of select="@close-comment"/></xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:for-each>
    </section>

    <section class="plan-goals" id="afspraak-versies">
      <h2>Afspraken</h2>
      <xsl:if test="not(agreement-versions/agreement-version)"><p class="empty">Geen afspraken.</p></xsl:if>
      <xsl:for-each select="agreement-versions/agreement-version[not(@id = preceding-sibling::agreement-version/@id)]">
        <xsl:variable name="id" select="@id"/>
        <h3 id="afspraak-{@id}">
          <xsl:value-of select="@activity"/>
          <xsl:if test="@replaces-id">
            <xsl:text> </xsl:text>
            <a class="meta" target="_self" href="#afspraak-{@replaces-id}">(nieuwe versie van een eerdere afspraak)</a>
          </xsl:if>
        </h3>
        <table class="history">
          <thead><tr><th><abbr title="De revisie van het hele IZP na deze wijziging">Revisie</abbr></th><th>Vanaf</th><th>Door</th><th>Wat en waarom</th></tr></thead>
          <tbody>
            <xsl:for-each select="../agreement-version[@id = $id]">
              <tr>
                <td class="revision"><xsl:value-of select="@revision"/></td>
                <td><xsl:call-template name="datetime"><xsl:with-param name="value" select="@valid-from"/></xsl:call-template></td>
                <td><xsl:value-of select="@changed-by-name"/></td>
                <td>
                  <xsl:value-of select="@change-reason"/>
                  <xsl:text> · status </xsl:text><xsl:value-of select="@status"/>
                  <xsl:if test="@evaluate-on">
                    <xsl:text> · evaluatie </xsl:text>
                    <xsl:call-template name="date"><xsl:with-param name="value" select="@evaluate-on"/></xsl:call-template>
                  </xsl:if>
                  <xsl:if test="@close-reason"> · <xsl:value-of select="@close-reason"/></xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:for-each>
    </section>

    <section class="plan-goals" id="evaluatie-geschiedenis">
      <h2>Evaluaties</h2>
      <xsl:choose>
        <xsl:when test="evaluations/evaluation">
          <ul class="goals">
            <xsl:for-each select="evaluations/evaluation">
              <xsl:variable name="id" select="@id"/>
              <li class="goal">
                <p><strong>
                  <xsl:call-template name="date"><xsl:with-param name="value" select="@held-on"/></xsl:call-template>
                </strong> · met <xsl:value-of select="@participants"/>
                  <xsl:text>; </xsl:text><xsl:call-template name="child-participation"/>
                  · vastgelegd door <xsl:value-of select="@created-by-name"/></p>
                <xsl:if test="@summary"><p><xsl:value-of select="@summary"/></p></xsl:if>
                <ul>
                  <xsl:for-each select="/izp/outcomes/outcome[@evaluation-id = $id]">
                    <li><xsl:value-of select="@activity"/>: <xsl:value-of select="@outcome"/></li>
                  </xsl:for-each>
                </ul>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="empty">Nog geen evaluaties.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
</xsl:stylesheet>
